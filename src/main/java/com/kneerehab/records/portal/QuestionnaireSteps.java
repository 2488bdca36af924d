package com.kneerehab.records.portal;

import com.kneerehab.records.outcome.FormView;
import com.kneerehab.records.outcome.MeasureView;
import com.kneerehab.records.outcome.Questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A questionnaire cut into short pages for a phone: a few questions a page, the alternatives of one question
 * (VISA-P 8A, 8B, 8C) always together. Where to resume is the first page with a question still unanswered.
 */
public final class QuestionnaireSteps {

    /** How many questions a page shows. */
    static final int PER_PAGE = 5;

    /** One question as a page shows it: a single item, or a group of alternatives with its introduction. */
    public record Question(int number, String groupText, List<FormView.ItemView> items) {
        public boolean isGroup() {
            return groupText != null;
        }

        public FormView.ItemView item() {
            return items.get(0);
        }
    }

    /** One page: its number, the questions on it, and the numbers of the first and last of them. */
    public record Step(int number, int of, List<Question> questions, int questionCount) {
        public int first() {
            return questions.get(0).number();
        }

        public int last() {
            return questions.get(questions.size() - 1).number();
        }

        public boolean isLast() {
            return number == of;
        }

        public List<String> itemKeys() {
            return questions.stream().flatMap(q -> q.items().stream()).map(FormView.ItemView::key).toList();
        }
    }

    private QuestionnaireSteps() {
    }

    static List<Step> of(FormView form) {
        List<Question> questions = questions(form);
        int pages = (questions.size() + PER_PAGE - 1) / PER_PAGE;
        List<Step> steps = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            steps.add(new Step(p + 1, pages,
                    questions.subList(p * PER_PAGE, Math.min(questions.size(), (p + 1) * PER_PAGE)), questions.size()));
        }
        return steps;
    }

    /** The page with the given number, kept within the questionnaire. */
    static Step page(FormView form, int number) {
        List<Step> steps = of(form);
        return steps.get(Math.max(1, Math.min(number, steps.size())) - 1);
    }

    /** The page holding the given item (or group) key, else the first. */
    static Step pageOf(FormView form, Set<String> keys) {
        return of(form).stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.items().stream()
                        .anyMatch(i -> keys.contains(i.key()) || (i.group() != null && keys.contains(i.group())))))
                .findFirst().orElse(of(form).get(0));
    }

    /**
     * Where to continue: the first page with a required question unanswered (a group counts as answered when
     * one of its alternatives is), else the last page, from which the answers are submitted.
     */
    static Step resume(FormView form, MeasureView.ResponseView draft) {
        Set<String> answered = draft == null ? Set.of() : draft.answers().stream()
                .filter(a -> a.value() != null).map(MeasureView.AnswerView::item).collect(Collectors.toSet());
        List<Step> steps = of(form);
        return steps.stream().filter(s -> s.questions().stream().anyMatch(q -> q.isGroup()
                        ? q.items().stream().noneMatch(i -> answered.contains(i.key()))
                        : q.item().required() && !answered.contains(q.item().key())))
                .findFirst().orElse(steps.get(steps.size() - 1));
    }

    private static List<Question> questions(FormView form) {
        Map<String, List<FormView.ItemView>> groups = new LinkedHashMap<>();
        List<Question> questions = new ArrayList<>();
        for (FormView.ItemView item : form.items()) {
            if (item.group() == null) {
                questions.add(new Question(questions.size() + 1, null, List.of(item)));
            } else if (!groups.containsKey(item.group())) {
                List<FormView.ItemView> members = new ArrayList<>();
                groups.put(item.group(), members);
                questions.add(new Question(questions.size() + 1, item.groupText(), members));
                members.add(item);
            } else {
                groups.get(item.group()).add(item);
            }
        }
        return questions;
    }

    /** Whether the item is answered by rating a number (a rating, or a PSFS activity) rather than a choice. */
    static boolean isNumber(FormView.ItemView item) {
        return item.kind() != Questionnaire.Kind.CHOICE;
    }
}
