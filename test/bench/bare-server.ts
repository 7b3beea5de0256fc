/* The framework's ceiling for npm run bench: Express answering a constant, in a process of its own as isnad is. */
import express from "express";

const app = express();
app.get("/{*path}", (_req, res) => void res.json({ ok: true }));
app.listen(Number(process.env.PORT), "127.0.0.1");
