export { weeklyPlan } from "./weekly.js";
