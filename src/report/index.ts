export { type ReportOptions, progressReport } from "./report.js";
export { type Period, previousPeriod, semesterOf } from "./period.js";
export { summaryLevel } from "./levels.js";
export { DEFAULT_STALLED_AFTER_DAYS } from "./montessori.js";
export * from "./schema.js";
export { earlierBand, isEarlierBandLevel, isLateInPeriod, isStillBbLevel, periodEnd } from "./concern-rules.js";
export * from "./growth-schema.js";
