export * from "./fold.js";
export * from "./latest.js";
