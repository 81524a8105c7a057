export * from "./fold.js";
