import {
  LabelBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextDisplayBuilder,
  TextInputBuilder,
} from "@discordjs/builders";
import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  TextInputStyle,
} from "discord-api-types/v10";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import type { FormField, FormValues } from "../../messages/model.js";
import { cut, escapeDiscordText } from "./escape.js";
import type { FormDraft } from "./inbound/drafts.js";
import { DISCORD_LIMITS } from "./limits.js";

/** A step's modal: `ogp.form:<draft>:<step>`. */
const FORM_PREFIX = "ogp.form:";
/** A button that opens a step's modal: `ogp.step:<draft>:<step>`. */
const STEP_PREFIX = "ogp.step:";

export const modalCustomId = (draft: FormDraft, step: number): string => `${FORM_PREFIX}${draft.id}:${step}`;
export const stepButtonId = (draft: FormDraft, step: number): string => `${STEP_PREFIX}${draft.id}:${step}`;

function readRef(customId: string, prefix: string): { draftId: string; step: number } | null {
  const match = new RegExp(`^${prefix.replaceAll(".", "\\.")}([0-9a-f]+):(\\d+)$`).exec(customId);
  return match?.[1] && match[2] ? { draftId: match[1], step: Number(match[2]) } : null;
}

export const readModalRef = (customId: string) => readRef(customId, FORM_PREFIX);
export const readStepButtonRef = (customId: string) => readRef(customId, STEP_PREFIX);

/** What the field shows when the step opens: what was typed before in this draft, else the form's initial value. */
function currentValue(field: FormField, values: FormValues): string[] {
  if (field.name in values) {
    // Submitted in this draft, possibly emptied on purpose: the initial value does not come back.
    const typed = values[field.name];
    return typed === undefined ? [] : Array.isArray(typed) ? typed : [typed];
  }
  if (field.initial === undefined) return [];
  return Array.isArray(field.initial) ? field.initial : [String(field.initial)];
}

function textInput(field: FormField, current: string[], language: Language): TextInputBuilder {
  const input = new TextInputBuilder().setCustomId(field.name).setRequired(field.required);
  const value = current[0];
  if (field.kind === "text") {
    const max = Math.min(field.maxLength, DISCORD_LIMITS.modalInput);
    input.setStyle(field.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short).setMaxLength(max);
    if (field.placeholder) input.setPlaceholder(cut(field.placeholder, DISCORD_LIMITS.modalPlaceholder));
    if (value) input.setValue(value.slice(0, max));
  } else {
    // Discord has no number or date input: a short text the core checks like any other.
    input
      .setStyle(TextInputStyle.Short)
      .setMaxLength(field.kind === "date" ? 10 : 12)
      .setPlaceholder(
        field.kind === "number" ? `${field.min}–${field.max}` : t(language, "discord.form.date_placeholder"),
      );
    if (value) input.setValue(value.slice(0, 12));
  }
  return input;
}

function selectMenu(
  field: Extract<FormField, { kind: "select" | "multi_select" }>,
  current: string[],
): StringSelectMenuBuilder {
  const options = field.options.slice(0, DISCORD_LIMITS.modalOptions);
  return new StringSelectMenuBuilder()
    .setCustomId(field.name)
    .setRequired(field.required)
    .setMinValues(field.required ? 1 : 0)
    .setMaxValues(field.kind === "multi_select" ? options.length : 1)
    .addOptions(
      options.map((option) => ({
        label: cut(option.label, 100),
        value: option.value,
        default: current.includes(option.value),
      })),
    );
}

/**
 * One step of a form as a modal: each field a label (with its hint as description) around a text
 * input or a select menu. Fields are prefilled with what this draft already holds, so a step
 * reopened to correct an answer keeps the rest.
 */
export function renderModal(
  draft: FormDraft,
  step: number,
  language: Language,
): APIModalInteractionResponseCallbackData {
  const { form } = draft;
  const title =
    form.steps.length > 1
      ? t(language, "discord.form.step_title", {
          title: form.title,
          step: step + 1,
          steps: form.steps.length,
        })
      : form.title;
  const modal = new ModalBuilder()
    .setCustomId(modalCustomId(draft, step))
    .setTitle(cut(title, DISCORD_LIMITS.modalTitle));
  const fields = form.steps[step]?.fields ?? [];
  const stepTitle = form.steps[step]?.title;
  // The step's title says what is being filled in (which commitment, which member); a modal has room
  // for it only beside at most four fields.
  if (stepTitle && fields.length < DISCORD_LIMITS.modalComponents)
    modal.addTextDisplayComponents(
      new TextDisplayBuilder().setContent(`**${escapeDiscordText(stepTitle)}**`),
    );
  for (const field of fields) {
    const current = currentValue(field, draft.values);
    const label = new LabelBuilder().setLabel(cut(field.label, DISCORD_LIMITS.modalLabel));
    if (field.hint) label.setDescription(cut(field.hint, DISCORD_LIMITS.modalDescription));
    if (field.kind === "select" || field.kind === "multi_select")
      label.setStringSelectMenuComponent(selectMenu(field, current));
    else label.setTextInputComponent(textInput(field, current, language));
    modal.addLabelComponents(label);
  }
  return modal.toJSON();
}

interface SubmittedComponent {
  type?: number;
  custom_id?: string;
  value?: string;
  values?: string[];
  component?: SubmittedComponent;
  components?: SubmittedComponent[];
}

/**
 * A step's submitted values by field name. Inputs come wrapped in labels (or, from older clients, in
 * action rows); a select answers a list, which a single-choice field reads as its one value.
 */
export function readModalValues(components: unknown, fields: FormField[]): FormValues {
  const submitted = new Map<string, SubmittedComponent>();
  const visit = (list: SubmittedComponent[] | undefined) => {
    for (const component of list ?? []) {
      if (component.component) visit([component.component]);
      if (component.components) visit(component.components);
      if (component.custom_id) submitted.set(component.custom_id, component);
    }
  };
  visit(Array.isArray(components) ? (components as SubmittedComponent[]) : []);
  const values: FormValues = {};
  for (const field of fields) {
    const component = submitted.get(field.name);
    if (!component) continue;
    if (component.type === ComponentType.StringSelect) {
      const chosen = (component.values ?? []).filter((value) => typeof value === "string");
      values[field.name] = field.kind === "multi_select" ? chosen : chosen[0];
    } else {
      values[field.name] =
        typeof component.value === "string" && component.value !== "" ? component.value : undefined;
    }
  }
  return values;
}
