import { DONT_KNOW, type Answer, type AnswerValue } from '../../domain';
import { corePillars, crossCuttingThemes, statementsOf, type ModelPack, type Pillar, type Statement } from '../../model';

/**
 * The staff survey as the screen walks through it: one step per pillar, then the cross-cutting
 * theme(s), each with the pack's staff statements (pillars without any are left out), and the pack's
 * staff scale with "don't know" at the end.
 */
export interface SurveyArea {
  pillar: Pillar;
  statements: Statement[];
}

export interface ScaleChoice {
  value: AnswerValue;
  label: string;
}

export interface SurveyModel {
  areas: SurveyArea[];
  /** What the scale asks, such as "How much do you agree?". */
  scaleName: string;
  choices: ScaleChoice[];
  statementCount: number;
}

export function surveyModel(pack: ModelPack, dontKnowLabel: string): SurveyModel {
  const areas = [...corePillars(pack), ...crossCuttingThemes(pack)]
    .map((pillar) => ({ pillar, statements: statementsOf(pack, pillar.id, 'staff') }))
    .filter((a) => a.statements.length > 0);
  const scale = pack.scales.staff;
  return {
    areas,
    scaleName: scale.name,
    choices: [
      ...scale.options.map((o) => ({ value: o.value, label: o.label })),
      { value: DONT_KNOW, label: scale.notApplicable?.label ?? dontKnowLabel }
    ],
    statementCount: areas.reduce((n, a) => n + a.statements.length, 0)
  };
}

/**
 * The steps: 0 is the notice before the first question, 1..areas the pillars and theme, then the
 * optional question, then "check your answers". Only the pillars and the question are numbered
 * ("Step 2 of 6").
 */
export interface StepPlan {
  intro: 0;
  firstArea: 1;
  comment: number;
  check: number;
  /** How many numbered steps there are. */
  numbered: number;
}

export function stepPlan(model: SurveyModel): StepPlan {
  const comment = model.areas.length + 1;
  return { intro: 0, firstArea: 1, comment, check: comment + 1, numbered: comment };
}

/** Keeps only answers to statements of the survey with a value of its scale (a draft may be stale). */
export function validAnswers(model: SurveyModel, answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  const values = new Set(model.choices.map((c) => c.value));
  for (const area of model.areas) {
    for (const s of area.statements) {
      const v = answers[s.id];
      if (v !== undefined && values.has(v)) out[s.id] = v;
    }
  }
  return out;
}

/** The answers to send, in the pack's statement order. */
export function answerList(model: SurveyModel, answers: Record<string, AnswerValue>): Answer[] {
  const out: Answer[] = [];
  for (const area of model.areas) {
    for (const s of area.statements) {
      const v = answers[s.id];
      if (v !== undefined) out.push({ statementId: s.id, value: v });
    }
  }
  return out;
}

export function countAnswered(model: SurveyModel, answers: Record<string, AnswerValue>): number {
  return answerList(model, answers).length;
}
