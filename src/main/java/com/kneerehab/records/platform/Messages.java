package com.kneerehab.records.platform;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundles;

import java.lang.reflect.Proxy;
import java.util.Locale;

/**
 * A feature's message bundle in the language of the current request, for words composed in Java
 * (refusals, notices, choice labels). Templates use the bundles directly ({portal:key}).
 */
public final class Messages {

    private Messages() {
    }

    public static <T> T get(Class<T> bundle) {
        return get(bundle, Language.current());
    }

    /** The bundle in the given language; the default (English) where a bundle has no such translation. */
    public static <T> T get(Class<T> bundle, Locale locale) {
        if (Arc.container() == null) {
            return outsideTheApplication(bundle);
        }
        if (locale != null && !Language.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            InstanceHandle<T> localized = Arc.container().instance(bundle, Localized.Literal.of(locale.getLanguage()));
            if (localized.isAvailable()) {
                return localized.get();
            }
        }
        return MessageBundles.get(bundle);
    }

    /**
     * Without a running application (plain unit tests of a form or a rule) there are no generated bundles:
     * each message answers its default text as written in its annotation, parameters not filled in.
     */
    private static <T> T outsideTheApplication(Class<T> bundle) {
        return bundle.cast(Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] {bundle},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> bundle.getSimpleName();
                        };
                    }
                    Message message = method.getAnnotation(Message.class);
                    return message == null ? method.getName() : message.value();
                }));
    }
}
