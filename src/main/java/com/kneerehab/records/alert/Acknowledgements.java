package com.kneerehab.records.alert;

import com.kneerehab.records.platform.ClinicTime;
import com.kneerehab.records.platform.DomainException;
import com.kneerehab.records.platform.Language;
import com.kneerehab.records.platform.Messages;
import com.kneerehab.records.platform.Text;


/** The rules every acknowledgement follows, whether of an alert or of a warning report. */
public final class Acknowledgements {

    private Acknowledgements() {
    }

    /** The note to store (null when blank); refused when the action is OTHER and the note does not say what. */
    public static String checked(AcknowledgementInput input) {
        String note = Text.orNull(input.note());
        if (input.action() == AcknowledgementAction.OTHER && note == null) {
            throw DomainException.invalid("note", Messages.get(AlertMessages.class).noteRequiredForOther());
        }
        return note;
    }

    /** The refusal for a second acknowledgement of the same record. */
    public static DomainException already(Acknowledgement earlier) {
        return DomainException.conflict(Messages.get(AlertMessages.class).alreadyAcknowledged(
                earlier == null ? "" : earlier.acknowledgedBy,
                earlier == null || earlier.acknowledgedAt == null ? "" : ClinicTime.current().dateTime(earlier.acknowledgedAt, Language.current())));
    }
}
