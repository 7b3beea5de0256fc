// typescript-eslint's recommended rules with type information, over the code isnad runs and tests.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["src/generated/", "node_modules/", ".data/", "test/artifacts/", "test/bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A leading underscore says "left out on purpose", as in `const { version: _, ...rest } = change`.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/extract/**/*.ts"],
    rules: {
      // On Node 20 a literal that opens with a spread and then adds keys is built key by key in V8's runtime, about a
      // microsecond a key: in the extractor's candidates that was a tenth of its time (npm run bench:extract).
      "no-restricted-syntax": [
        "error",
        {
          selector: "ObjectExpression > SpreadElement:first-child ~ *",
          message: "Write merged(a, { key }, b) (span.ts): a literal opening with a spread and adding keys is slow on Node 20.",
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // node:test's describe and it return promises the runner itself awaits.
      "@typescript-eslint/no-floating-promises": [
        "error",
        { allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["describe", "it", "test", "before", "after", "beforeEach", "afterEach"] }] },
      ],
      // supertest types every answer's body as any; the tests read it to assert on its shape.
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["static/**/*.js", "prisma/**/*.mjs", "eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.browser, ...globals.node },
    },
  },
);
