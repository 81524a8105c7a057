export { type DayEntry, childDay, minutesOf, type Presence, presenceOf } from "./day.js";
export { groupChildrenOn } from "./members.js";
export { type CareRecorded, type CareWarning, isAuthorisedCollector, recordCare } from "./record-care.js";
export { type AttendanceSummary, attendanceSummary } from "./attendance.js";
export { type DailyNote, dailyNote } from "./daily-note.js";
export { type DaySheet, type DaySheetChild, type DoseDue, daySheet } from "./day-sheet.js";
export { type RatioCheck, type RatioHour, ratioCheck } from "./ratios.js";
export { type CareEvidence, careEvidence, SELF_CARE_LINKS } from "./development.js";
export { namedAllergens } from "../journal/care-check.js";
