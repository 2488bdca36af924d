package com.kneerehab.records.outcome;

import io.quarkus.qute.i18n.Message;

import java.lang.reflect.Proxy;

/**
 * The English wording of the outcome bundle without starting the application: each message method answers
 * its {@code @Message} text, with any parameters left as written ("Activity {n}").
 */
final class Wording {

    static final OutcomeMessages ENGLISH = (OutcomeMessages) Proxy.newProxyInstance(
            OutcomeMessages.class.getClassLoader(), new Class<?>[]{OutcomeMessages.class},
            (proxy, method, args) -> {
                Message message = method.getAnnotation(Message.class);
                if (message == null) {
                    throw new IllegalStateException(method.getName() + " has no English text");
                }
                return message.value();
            });

    private Wording() {
    }

    static String of(Questionnaire.Text text) {
        return text.apply(ENGLISH);
    }
}
