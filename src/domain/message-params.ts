/**
 * The parameters of a catalogue text (`{name}` placeholders). The domain names what it means by a
 * message key and these parameters; the messages layer turns them into text in a reader's language.
 */
export type MessageParams = Record<string, string | number>;
