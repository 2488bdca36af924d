package com.kneerehab.records.evaluation;

import com.kneerehab.records.platform.Labelled;

/** The choice lists of the evaluation, each value with the words the clinician sees. */
public final class Choices {

    private Choices() {
    }

    public enum RibcageAlignment implements Labelled {
        NEUTRAL("Neutral"), FLARED("Flared"), ROTATED("Rotated"), DEPRESSED("Depressed");
        private final String label;
        RibcageAlignment(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum HipMotion implements Labelled {
        CONTROLLED("Controlled through the stride"),
        COLLAPSES_INWARD("Thigh collapses into internal rotation"),
        PELVIC_DROP("Pelvis drops on the swing side"),
        SHORT_STRIDE("Stride shortened by limited extension");
        private final String label;
        HipMotion(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum MidfootMobility implements Labelled {
        STIFF("Stiff"), NORMAL("Normal"), HYPERMOBILE("Hypermobile");
        private final String label;
        MidfootMobility(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum FootPosture implements Labelled {
        NEUTRAL("Neutral"), PRONATED("Pronated (arch drops)"), SUPINATED("Supinated (high arch)");
        private final String label;
        FootPosture(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum KneecapTracking implements Labelled {
        NORMAL("Normal"), LATERAL("Lateral (towards the outside)"), MEDIAL("Medial (towards the inside)");
        private final String label;
        KneecapTracking(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Symptom implements Labelled {
        JUMP_RUN_PAIN("Pain with jumping and running"),
        SHIN_SPLINTS("Shin splints"),
        CLICKING("Clicking at the knee"),
        LOCKING("Locking at the knee"),
        GRINDING("Grinding, rubbing or burning around the knee"),
        SWELLING("Swelling"),
        STIFF_MIDFOOT("Stiff, inflexible midfoot or arch");
        private final String label;
        Symptom(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum PainSource implements Labelled {
        NERVE("Nerve"), KNEECAP("Kneecap (patellofemoral)"), TENDON("Tendon"), JOINT("Knee joint"),
        FAT_PAD("Fat pad");
        private final String label;
        PainSource(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum Diagnosis implements Labelled {
        CHONDROMALACIA_PATELLAE("Chondromalacia patellae"),
        PATELLOFEMORAL_PAIN("Patellofemoral pain syndrome"),
        PATELLAR_TENDINOPATHY("Patellar tendinopathy"),
        OTHER("Other");
        private final String label;
        Diagnosis(String label) { this.label = label; }
        public String label() { return label; }
    }
}
