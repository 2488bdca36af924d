package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Labelled;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The choice lists of the evaluation. The words the clinician sees for each value are in
 * {@link EvaluationMessages}, keyed by the constant.
 */
public final class Choices {

    private Choices() {
    }

    static EvaluationMessages text() {
        return MessageBundles.get(EvaluationMessages.class);
    }

    public enum RibcageAlignment implements Labelled {
        NEUTRAL, FLARED, ROTATED, DEPRESSED;
        public String label() { return text().ribcageAlignment(this); }
    }

    public enum HipMotion implements Labelled {
        CONTROLLED, COLLAPSES_INWARD, PELVIC_DROP, SHORT_STRIDE;
        public String label() { return text().hipMotion(this); }
    }

    public enum MidfootMobility implements Labelled {
        STIFF, NORMAL, HYPERMOBILE;
        public String label() { return text().midfootMobility(this); }
    }

    public enum FootPosture implements Labelled {
        NEUTRAL, PRONATED, SUPINATED;
        public String label() { return text().footPosture(this); }
    }

    public enum KneecapTracking implements Labelled {
        NORMAL, LATERAL, MEDIAL;
        public String label() { return text().kneecapTracking(this); }
    }

    public enum Symptom implements Labelled {
        JUMP_RUN_PAIN, SHIN_SPLINTS, CLICKING, LOCKING, GRINDING, SWELLING, STIFF_MIDFOOT;
        public String label() { return text().symptom(this); }
    }

    public enum PainSource implements Labelled {
        NERVE, KNEECAP, TENDON, JOINT, FAT_PAD;
        public String label() { return text().painSource(this); }
    }

    public enum Diagnosis implements Labelled {
        CHONDROMALACIA_PATELLAE, PATELLOFEMORAL_PAIN, PATELLAR_TENDINOPATHY, OTHER;
        public String label() { return text().diagnosis(this); }
    }
}
