export * from "./common.js";
export * from "./framework.js";
export * from "./activity.js";
export * from "./care.js";
export * from "./observation.js";
export * from "./centre.js";
