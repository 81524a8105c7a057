/**
 * Developmental pre-screening with KPSP (Kuesioner Pra Skrining Perkembangan, Kemenkes SDIDTK):
 * the bundled questionnaires, the age rule, scoring, recording and the centre's work list.
 *
 * @module
 */
export {
  KPSP_AGES,
  KPSP_DOMAIN_CORRECTIONS,
  KPSP_DOMAINS,
  KPSP_FOLLOW_UP,
  KPSP_QUESTIONS,
  KPSP_RECHECK_AFTER_DAYS,
  KPSP_ROUND_UP_FROM_DAYS,
  KPSP_SOURCES,
  KPSP_TOOLS,
  type KpspAge,
  type KpspDomain,
  type KpspQuestion,
  type KpspResult,
  type KpspSource,
  type KpspText,
  type KpspToolId,
} from "./kpsp-data.js";
export {
  type KpspAgeInfo,
  type KpspForm,
  type KpspFormChoice,
  type KpspFormReason,
  isKpspAge,
  kpspAgeOn,
  kpspForm,
  kpspFormFor,
} from "./kpsp.js";
export {
  type KpspAnswer,
  type KpspAnswers,
  type KpspScore,
  type ScoreKpspOptions,
  safeScoreKpsp,
  scoreKpsp,
} from "./score.js";
export {
  KPSP_REPEATED_DOUBT_ADVICE,
  type LatestScreening,
  type LatestScreeningOptions,
  type RecordScreeningInput,
  type RecordScreeningOptions,
  latestScreening,
  recordScreening,
} from "./journal.js";
export { type ScreeningDue, type ScreeningDueReason, type ScreeningsDueOptions, screeningsDue } from "./due.js";
