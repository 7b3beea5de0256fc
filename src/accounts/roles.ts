export const ROLES = ["viewer", "checker", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Each role may do everything the roles before it may. */
export function hasRole(role: Role, atLeast: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(atLeast);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
