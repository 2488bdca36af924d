package com.kneerehab.records.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every word a person reads comes from a message bundle. Fails on words written into a template
 * (between tags, in title/alt/placeholder/aria-label attributes, in a tag's label/hint parameters, as
 * an expression's fallback text) and on words written into Java where they become a message (a
 * refusal, a field message, a problem's title, a choice's label, a validation message that is not a
 * bundle key).
 */
class HardCodedTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");

    /** Files whose words are still being moved into bundles: none left; a new entry needs a reason beside it. */
    static final List<String> NOT_YET_IN_BUNDLES = List.of();

    // ------------------------------------------------------------------ the checks over the sources

    @Test
    void noTemplateHoldsWordsOutsideTheBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                scanned++;
                if (allowed("templates/" + TEMPLATES.relativize(file).toString().replace('\\', '/'))) {
                    continue;
                }
                for (String problem : templateProblems(Files.readString(file))) {
                    problems.add(TEMPLATES.relativize(file) + ": " + problem);
                }
            }
        }
        assertTrue(scanned > 20, "every template is scanned, found only " + scanned);
        assertTrue(problems.isEmpty(), "Words outside the message bundles:\n" + String.join("\n", problems));
    }

    @Test
    void noJavaSourceWritesWordsIntoMessages() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (allowed(JAVA.relativize(file).toString().replace('\\', '/'))) {
                    continue;
                }
                for (String problem : javaProblems(Files.readString(file))) {
                    problems.add(JAVA.relativize(file) + ": " + problem);
                }
            }
        }
        assertTrue(problems.isEmpty(), "Words outside the message bundles:\n" + String.join("\n", problems));
    }

    @Test
    void everyValidationKeyHasItsEnglishText() throws IOException {
        String english = Files.readString(Path.of("src/main/resources/ValidationMessages.properties"));
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("message = \"\\{([A-Za-z0-9._-]+)\\}\"");
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!Pattern.compile("(?m)^" + Pattern.quote(m.group(1)) + "=.+$").matcher(english).find()) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Validation keys without text: " + missing);
    }

    // ------------------------------------------------------------------ the check can fail

    @Test
    void theTemplateCheckFindsWordsWhereverTheyHide() {
        assertEquals(1, templateProblems("<p>Hello there</p>").size());
        assertEquals(1, templateProblems("<img src=\"{x}\" alt=\"A knee\">").size());
        assertEquals(1, templateProblems("<input aria-label=\"Search accounts\" placeholder=\"{msg:q}\">").size());
        assertEquals(1, templateProblems("{#field form=form name=\"x\" label=\"Date\" /}").size());
        assertEquals(1, templateProblems("<dd>{account.mrn ?: 'Not linked'}</dd>").size());
        assertEquals(1, templateProblems("{#title}My plan{/title}").size());
        assertEquals(1, templateProblems("<svg><title>Pain over time</title></svg>").size());
    }

    @Test
    void theTemplateCheckLetsBundlesDataAndPunctuationThrough() {
        assertEquals(List.of(), templateProblems("""
                {! A comment may say anything. !}
                <p>{portal:hello(me.name)} · {plan.number}. <strong>{portal:goals}</strong> (0–10) 3%</p>
                <img alt="{portal:alt(item.name)}" src="/x.png">
                {#field form=form name="sessionDate" label=portal:date type="date" required=true /}
                {#if role == 'clinician'}<a href="/clinic/patients" role="button">{platform:find}</a>{/if}
                <span>{form.message ?: platform:correct}</span> &nbsp; &amp; #
                """));
    }

    @Test
    void theJavaCheckFindsWordsInMessagesAndLetsKeysThrough() {
        assertEquals(1, javaProblems("throw DomainException.notFound(\"The plan\");").size());
        assertEquals(1, javaProblems("throw DomainException.invalid(\"role\", \"Choose a role\");").size());
        assertEquals(1, javaProblems("throw new DomainException(403, \"Forbidden\", text.x());").size());
        assertEquals(1, javaProblems("errors.putIfAbsent(name, \"Enter a whole number\");").size());
        assertEquals(1, javaProblems("@NotNull(message = \"Enter the date\") LocalDate date,").size());
        assertEquals(1, javaProblems("return respond(400, \"Invalid request\", text().x(), fields, uri, h);").size());
        assertEquals(2, javaProblems("public enum Side implements Labelled {\n    LEFT(\"Left\"), RIGHT(\"Right\");").size());
        assertEquals(List.of(), javaProblems("""
                throw DomainException.invalid("exercisesDone", text().chooseFromCurrentPlan());
                @NotNull(message = "{portal.session.date.required}") LocalDate sessionDate,
                @Max(value = 90, message = "{evaluation.degrees-0-to-90}") Integer internalRotationLeft,
                form.reject("language", Messages.get(PortalMessages.class).chooseALanguage());
                Form.empty().with("submissionId", UUID.randomUUID());
                """));
    }

    // ------------------------------------------------------------------ templates

    private static final Pattern COMMENT = Pattern.compile("(?s)\\{!.*?!}");
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern TAG_TEXT_PARAM = Pattern.compile(
            "\\b(label|hint|none|blank|title|placeholder)=\"([^\"]*)\"");
    private static final Pattern FALLBACK_TEXT = Pattern.compile("(\\?:|\\bor)\\s*'([^']*)'");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\b(title|alt|placeholder|aria-label|aria-description|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern HTML_TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static List<String> templateProblems(String template) {
        List<String> problems = new ArrayList<>();
        String text = COMMENT.matcher(template).replaceAll(" ");
        // words inside Qute expressions and sections: a user tag's text parameters and fallback texts
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String inside = expression.group();
            if (inside.startsWith("{#")) {
                Matcher param = TAG_TEXT_PARAM.matcher(inside);
                while (param.find()) {
                    if (hasWords(param.group(2))) {
                        problems.add("text in tag parameter " + param.group(1) + "=\"" + param.group(2) + "\"");
                    }
                }
            }
            Matcher fallback = FALLBACK_TEXT.matcher(inside);
            while (fallback.find()) {
                if (isWords(fallback.group(2))) {
                    problems.add("fallback text '" + fallback.group(2) + "'");
                }
            }
        }
        String markup = text;
        for (String previous = null; !markup.equals(previous); ) {
            previous = markup;
            markup = EXPRESSION.matcher(markup).replaceAll(" ");
        }
        Matcher attribute = ATTRIBUTE.matcher(markup);
        while (attribute.find()) {
            if (hasWords(attribute.group(2))) {
                problems.add("text in attribute " + attribute.group(1) + "=\"" + attribute.group(2).strip() + "\"");
            }
        }
        for (String between : HTML_TAG.split(markup)) {
            if (hasWords(between)) {
                problems.add("text \"" + between.strip().replaceAll("\\s+", " ") + "\"");
            }
        }
        return problems;
    }

    private static boolean hasWords(String text) {
        return LETTER.matcher(ENTITY.matcher(text).replaceAll(" ")).find();
    }

    // ------------------------------------------------------------------ Java

    /** Calls whose string arguments become what a person reads. */
    private static final Pattern MESSAGE_CALL = Pattern.compile(
            "(DomainException\\.(notFound|conflict|invalid|stale)|new (Domain|Directory)Exception|\\.reject"
                    + "|errors\\.putIfAbsent|\\brespond|Result\\.broken|new Problem|new Problem\\.FieldError)\\s*\\(");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern VALIDATION_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern BUNDLE_KEY = Pattern.compile("\\{[A-Za-z0-9._-]+}");
    private static final Pattern LABELLED_ENUM = Pattern.compile("(?s)enum\\s+\\w+\\s+implements\\s+[^{]*Labelled[^{]*\\{(.*?);");
    private static final Pattern CONSTANT_WITH_TEXT = Pattern.compile("\\b[A-Z][A-Z0-9_]*\\s*\\(\\s*\"([^\"]*)\"");

    static List<String> javaProblems(String source) {
        List<String> problems = new ArrayList<>();
        String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
        Matcher call = MESSAGE_CALL.matcher(code);
        while (call.find()) {
            String arguments = arguments(code, call.end());
            Matcher literal = STRING.matcher(arguments);
            while (literal.find()) {
                if (isWords(literal.group(1))) {
                    problems.add("\"" + literal.group(1) + "\" given to " + call.group(1).strip());
                }
            }
        }
        Matcher validation = VALIDATION_MESSAGE.matcher(code);
        while (validation.find()) {
            if (!BUNDLE_KEY.matcher(validation.group(1)).matches()) {
                problems.add("validation message \"" + validation.group(1) + "\" is not a ValidationMessages key");
            }
        }
        Matcher labelled = LABELLED_ENUM.matcher(code);
        while (labelled.find()) {
            Matcher constant = CONSTANT_WITH_TEXT.matcher(labelled.group(1));
            while (constant.find()) {
                if (hasWords(constant.group(1))) {
                    problems.add("choice label \"" + constant.group(1) + "\" written into the enum");
                }
            }
        }
        return problems;
    }

    /** The text of a call's arguments: up to the parenthesis that closes it. */
    private static String arguments(String code, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    /** Words, as opposed to a field name, a key or a code: has a space, or starts with a capital. */
    private static boolean isWords(String literal) {
        String text = literal.strip();
        return hasWords(text) && (text.contains(" ") || Character.isUpperCase(text.charAt(0)));
    }

    private static boolean allowed(String path) {
        return NOT_YET_IN_BUNDLES.stream().anyMatch(path::startsWith);
    }
}
