export * from "./calendar-date.js";
export * from "./week.js";
export * from "./age.js";
export * from "./format.js";
