package org.practiceaudit.rules.content;

/**
 * The parameters of a {@code practitioner-conversation} rule.
 *
 * @param requireBeforeCompletion whether the conversation must have been held no later than the
 *     audit's completion date
 */
public record PractitionerConversationParameters(boolean requireBeforeCompletion) {}
