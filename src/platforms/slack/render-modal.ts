import type { types } from "@slack/bolt";
import type { FormDefinition, FormField, FormId, FormValues } from "../../messages/model.js";
import { SLACK_LIMITS } from "./limits.js";
import { plain } from "./render.js";

/** Callback ids of our modals: `ogp.form.<formId>`. */
export const FORM_CALLBACK_PREFIX = "ogp.form.";
const FORM_IDS: readonly FormId[] = [
  "update",
  "update_edit",
  "modify",
  "meeting",
  "assessment",
  "plan_draft",
  "commitment",
  "milestone",
  "apply",
  "application_reject",
];

/**
 * What a modal carries back on submission: the form's own context, and where the command that opened
 * it was run, so the confirmation can go back there (the response URL stays valid for 30 minutes).
 */
export interface FormMetadata {
  context: Record<string, string>;
  channelId?: string;
  responseUrl?: string;
}

function element(field: FormField): types.InputBlockElement {
  switch (field.kind) {
    case "text":
      return {
        type: "plain_text_input",
        action_id: field.name,
        multiline: field.multiline,
        max_length: Math.min(field.maxLength, SLACK_LIMITS.inputText),
        ...(field.initial ? { initial_value: field.initial } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder, SLACK_LIMITS.placeholder) } : {}),
      };
    case "number":
      return {
        type: "number_input",
        action_id: field.name,
        is_decimal_allowed: false,
        min_value: String(field.min),
        max_value: String(field.max),
        ...(field.initial !== undefined ? { initial_value: String(field.initial) } : {}),
      };
    case "date":
      return {
        type: "datepicker",
        action_id: field.name,
        ...(field.initial ? { initial_date: field.initial } : {}),
      };
    case "select": {
      const options = field.options.map((option) => ({
        text: plain(option.label, SLACK_LIMITS.optionText),
        value: option.value,
      }));
      const initial = options.find((option) => option.value === field.initial);
      return {
        type: "static_select",
        action_id: field.name,
        options,
        ...(initial ? { initial_option: initial } : {}),
      };
    }
    case "multi_select": {
      const options = field.options.map((option) => ({
        text: plain(option.label, SLACK_LIMITS.optionText),
        value: option.value,
      }));
      const initial = options.filter((option) => field.initial?.includes(option.value));
      return {
        type: "multi_static_select",
        action_id: field.name,
        options,
        ...(initial.length > 0 ? { initial_options: initial } : {}),
      };
    }
  }
}

/** A form as one Slack modal: every step in order, a step title between steps (at most 100 blocks). */
export function renderModal(form: FormDefinition, metadata: FormMetadata): types.ModalView {
  const blocks: types.KnownBlock[] = [];
  for (const step of form.steps) {
    if (form.steps.length > 1)
      blocks.push({ type: "header", text: plain(step.title, SLACK_LIMITS.headerText) });
    for (const field of step.fields) {
      blocks.push({
        type: "input",
        block_id: field.name,
        optional: !field.required,
        label: plain(field.label, SLACK_LIMITS.inputLabel),
        element: element(field),
        ...(field.hint ? { hint: plain(field.hint, SLACK_LIMITS.inputHint) } : {}),
      });
    }
  }
  return {
    type: "modal",
    callback_id: `${FORM_CALLBACK_PREFIX}${form.formId}`,
    title: plain(form.title, SLACK_LIMITS.modalTitle),
    submit: plain(form.submitLabel, SLACK_LIMITS.modalSubmit),
    private_metadata: JSON.stringify(metadata),
    blocks: blocks.slice(0, SLACK_LIMITS.viewBlocks),
  };
}

export function formIdOf(callbackId: string): FormId | null {
  const id = callbackId.startsWith(FORM_CALLBACK_PREFIX) ? callbackId.slice(FORM_CALLBACK_PREFIX.length) : "";
  return (FORM_IDS as readonly string[]).includes(id) ? (id as FormId) : null;
}

export function readFormMetadata(privateMetadata: string | undefined): FormMetadata | null {
  try {
    const value = JSON.parse(privateMetadata ?? "") as Partial<FormMetadata>;
    if (
      typeof value !== "object" ||
      value === null ||
      typeof value.context !== "object" ||
      value.context === null
    )
      return null;
    const context = Object.fromEntries(
      Object.entries(value.context).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
    return {
      context,
      ...(typeof value.channelId === "string" ? { channelId: value.channelId } : {}),
      ...(typeof value.responseUrl === "string" ? { responseUrl: value.responseUrl } : {}),
    };
  } catch {
    return null;
  }
}

interface SubmittedElement {
  type?: string;
  value?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: { value?: string }[] | null;
  selected_date?: string | null;
}

/** `view.state.values` (block id → action id → element state) as the core's form values by field name. */
export function readViewValues(
  state: Record<string, Record<string, SubmittedElement>> | undefined,
): FormValues {
  const values: FormValues = {};
  for (const [blockId, actions] of Object.entries(state ?? {})) {
    for (const submitted of Object.values(actions)) {
      if (submitted.selected_options) {
        values[blockId] = submitted.selected_options.flatMap((option) =>
          option.value ? [option.value] : [],
        );
      } else if (submitted.selected_option !== undefined) {
        values[blockId] = submitted.selected_option?.value ?? undefined;
      } else if (submitted.selected_date !== undefined) {
        values[blockId] = submitted.selected_date ?? undefined;
      } else {
        values[blockId] = submitted.value ?? undefined;
      }
    }
  }
  return values;
}
