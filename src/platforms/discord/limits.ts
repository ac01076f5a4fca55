/**
 * Discord's limits (chat-platforms.md), in one place: content is cut or continued, never refused by
 * Discord. Messages, then modals (title and labels 45, descriptions and placeholders 100, inputs
 * 4000), then command registration and autocomplete (25 choices, 100 characters).
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  selectOptions: 25,
  optionLabel: 100,
  placeholder: 150,
  modalComponents: 5,
  modalTitle: 45,
  modalLabel: 45,
  modalDescription: 100,
  modalPlaceholder: 100,
  modalInput: 4000,
  modalOptions: 25,
  commandDescription: 100,
  autocompleteChoices: 25,
  autocompleteText: 100,
} as const;
