/**
 * The vendor specification workbook (XLSX) and the scoring of vendors' filled copies. exceljs is loaded lazily,
 * on the first call that needs it.
 */
export { writeSpecXlsx, renderSpec, columnLetter } from './write-spec.js';
export { buildSpecContent, metadataMarker, metadataFormat } from './spec-content.js';
export type { SpecOptions, SpecContent, SpecMetadata, MetadataRow, CoverLine } from './spec-content.js';
export type { SheetTable, ExtraSheet, Column, TableRow, CellValue } from './sheet-table.js';
export { specRequirements, defaultWeight, fingerprint, nonFunctionalCategories } from './requirements.js';
export type { Requirement, RequirementSheet } from './requirements.js';
export { derivedRequirements } from './non-functional.js';
export type { DerivedRequirement } from './non-functional.js';
export { labelsFor, parseAnswer, answers } from './labels.js';
export type { Labels, Answer } from './labels.js';
export { cellText, looksLikeFormula } from './format.js';
export { readVendorAnswers } from './read-answers.js';
export { cellString, cellFormula, parseCost } from './cell-values.js';
export type { VendorAnswer, VendorAnswers, ReadResult } from './read-answers.js';
export { checkZip, defaultReadLimits } from './zip-guard.js';
export type { ReadLimits } from './zip-guard.js';
export { diffRequirements, specMismatch, lockBreakParts } from './spec-diff.js';
export { requirementLock, lockedRequirements, lockBreak, isBroken, requirementNames } from './requirement-lock.js';
export type { RequirementLock, LockBreak, LockedRequirement } from './requirement-lock.js';
export type { SpecDiff } from './spec-diff.js';
export { answerValue, scoreVendor, rankVendors } from './score.js';
export type { ScoredRequirement, VendorScore, VendorStatus, VendorRow, Coverage } from './score.js';
export { formatScoreTable, formatScoreJson, rulesJson, rulesText, statusText } from './score-report.js';
export { scoreWords } from './score-words.js';
export { zipProblem } from './zip-guard.js';
export { lockBreakTexts, scoringMismatch } from './spec-diff.js';
export type { FailedFile } from './score-report.js';
export { writeScoreXlsx } from './score-workbook.js';
export type { ScoreWorkbookOptions } from './score-workbook.js';
export { scoringRules, modelScoringRules, pointsFor, defaultPoints, areaOf } from './scoring-rules.js';
export type { ScoringRules, RuledRequirement } from './scoring-rules.js';
export { countRows } from './zip-guard.js';
export { loadExcelJS } from './exceljs.js';
