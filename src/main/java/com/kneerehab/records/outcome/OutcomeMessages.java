package com.kneerehab.records.outcome;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the outcome measures a person reads: the questionnaires' instructions, items and answer
 * options, the change statements and the refusals. The item wording follows each instrument's original
 * publication (see docs/outcome-measures.md) and must not be reworded: a reworded item is no longer the
 * validated instrument. In {@code messages/outcome_<lang>.properties} an instrument's questions are translated
 * only with the wording of its published, validated version, or, where the file says so and
 * docs/outcome-measures.md lists it, as the clinic's own translation, not validated; {@link #wordingLanguage}
 * names the instruments a translation covers.
 */
@MessageBundle("outcome")
public interface OutcomeMessages {

    // --- instrument names and instructions ---

    @Message("Numeric Pain Rating Scale")
    String nprsTitle();

    @Message("Please rate the pain in your knee right now.")
    String nprsInstructions();

    @Message("Your knee pain right now")
    String nprsPain();

    @Message("No pain")
    String nprsLow();

    @Message("Worst pain imaginable")
    String nprsHigh();

    @Message("Lower Extremity Functional Scale")
    String lefsTitle();

    @Message("We are interested in knowing whether you are having any difficulty at all with the activities listed"
            + " below because of your lower limb problem for which you are currently seeking attention. Please"
            + " provide an answer for each activity. Today, do you or would you have any difficulty at all with:")
    String lefsInstructions();

    @Message("Any of your usual work, housework, or school activities.")
    String lefs1();

    @Message("Your usual hobbies, recreational or sporting activities.")
    String lefs2();

    @Message("Getting into or out of the bath.")
    String lefs3();

    @Message("Walking between rooms.")
    String lefs4();

    @Message("Putting on your shoes or socks.")
    String lefs5();

    @Message("Squatting.")
    String lefs6();

    @Message("Lifting an object, like a bag of groceries from the floor.")
    String lefs7();

    @Message("Performing light activities around your home.")
    String lefs8();

    @Message("Performing heavy activities around your home.")
    String lefs9();

    @Message("Getting into or out of a car.")
    String lefs10();

    @Message("Walking 2 blocks.")
    String lefs11();

    @Message("Walking a mile.")
    String lefs12();

    @Message("Going up or down 10 stairs (about 1 flight of stairs).")
    String lefs13();

    @Message("Standing for 1 hour.")
    String lefs14();

    @Message("Sitting for 1 hour.")
    String lefs15();

    @Message("Running on even ground.")
    String lefs16();

    @Message("Running on uneven ground.")
    String lefs17();

    @Message("Making sharp turns while running fast.")
    String lefs18();

    @Message("Hopping.")
    String lefs19();

    @Message("Rolling over in bed.")
    String lefs20();

    @Message("Extreme difficulty or unable to perform activity")
    String lefsOption0();

    @Message("Quite a bit of difficulty")
    String lefsOption1();

    @Message("Moderate difficulty")
    String lefsOption2();

    @Message("A little bit of difficulty")
    String lefsOption3();

    @Message("No difficulty")
    String lefsOption4();

    @Message("Kujala Anterior Knee Pain Scale")
    String kujalaTitle();

    @Message("For each question, choose the answer that best describes your knee symptoms.")
    String kujalaInstructions();

    @Message("Limp")
    String kujalaLimp();

    @Message("Support")
    String kujalaSupport();

    @Message("Walking")
    String kujalaWalking();

    @Message("Stairs")
    String kujalaStairs();

    @Message("Squatting")
    String kujalaSquatting();

    @Message("Running")
    String kujalaRunning();

    @Message("Jumping")
    String kujalaJumping();

    @Message("Prolonged sitting with the knees flexed")
    String kujalaSitting();

    @Message("Pain")
    String kujalaPain();

    @Message("Swelling")
    String kujalaSwelling();

    @Message("Abnormal painful kneecap (patellar) movements (subluxations)")
    String kujalaSubluxation();

    @Message("Atrophy of thigh")
    String kujalaAtrophy();

    @Message("Flexion deficiency")
    String kujalaFlexion();

    @Message("None")
    String kujalaNone();

    @Message("No difficulty")
    String kujalaNoDifficulty();

    @Message("Unable")
    String kujalaUnable();

    @Message("Slight")
    String kujalaSlight();

    @Message("Severe")
    String kujalaSevere();

    @Message("Constant")
    String kujalaConstant();

    @Message("Slight or periodical")
    String kujalaLimpSlight();

    @Message("Full support without pain")
    String kujalaSupportFull();

    @Message("Painful")
    String kujalaSupportPainful();

    @Message("Weight bearing impossible")
    String kujalaSupportImpossible();

    @Message("Unlimited")
    String kujalaWalkingUnlimited();

    @Message("More than 2 km")
    String kujalaWalkingOver2km();

    @Message("1-2 km")
    String kujalaWalking1to2km();

    @Message("Slight pain when descending")
    String kujalaStairsDescending();

    @Message("Pain both when descending and ascending")
    String kujalaStairsBoth();

    @Message("Repeated squatting painful")
    String kujalaSquattingRepeated();

    @Message("Painful each time")
    String kujalaSquattingEachTime();

    @Message("Possible with partial weight bearing")
    String kujalaSquattingPartial();

    @Message("Pain after more than 2 km")
    String kujalaRunningAfter2km();

    @Message("Slight pain from start")
    String kujalaRunningFromStart();

    @Message("Severe pain")
    String kujalaRunningSevere();

    @Message("Slight difficulty")
    String kujalaJumpingSlight();

    @Message("Constant pain")
    String kujalaConstantPain();

    @Message("Pain after exercise")
    String kujalaSittingAfterExercise();

    @Message("Pain forces to extend knees temporarily")
    String kujalaSittingExtend();

    @Message("Slight and occasional")
    String kujalaPainSlight();

    @Message("Interferes with sleep")
    String kujalaPainSleep();

    @Message("Occasionally severe")
    String kujalaPainOccasionallySevere();

    @Message("Constant and severe")
    String kujalaPainConstantSevere();

    @Message("After severe exertion")
    String kujalaSwellingExertion();

    @Message("After daily activities")
    String kujalaSwellingDaily();

    @Message("Every evening")
    String kujalaSwellingEvening();

    @Message("Occasionally in sports activities")
    String kujalaSubluxationSports();

    @Message("Occasionally in daily activities")
    String kujalaSubluxationDaily();

    @Message("At least one documented dislocation")
    String kujalaSubluxationOne();

    @Message("More than two dislocations")
    String kujalaSubluxationMore();

    @Message("VISA-P (Victorian Institute of Sport Assessment, patellar tendon)")
    String visapTitle();

    @Message("In this questionnaire the term pain refers specifically to pain in the patellar tendon region.")
    String visapInstructions();

    @Message("For how many minutes can you sit pain free?")
    String visap1();

    @Message("0 min")
    String visap1Low();

    @Message("100 min")
    String visap1High();

    @Message("Do you have pain walking downstairs with a normal gait cycle?")
    String visap2();

    @Message("Do you have pain at the knee with full active non-weightbearing knee extension?")
    String visap3();

    @Message("Do you have pain when doing a full weight bearing lunge?")
    String visap4();

    @Message("Do you have problems squatting?")
    String visap5();

    @Message("Do you have pain during or immediately after doing 10 single leg hops?")
    String visap6();

    @Message("Strong severe pain")
    String visapSeverePain();

    @Message("Strong severe pain / unable")
    String visapSeverePainUnable();

    @Message("No pain")
    String visapNoPain();

    @Message("Unable")
    String visapUnable();

    @Message("No problems")
    String visapNoProblems();

    @Message("Are you currently undertaking sport or other physical activity?")
    String visap7();

    @Message("Not at all")
    String visap7NotAtAll();

    @Message("Modified training ± modified competition")
    String visap7Modified();

    @Message("Full training ± competition but not at same level as when symptoms began")
    String visap7Full();

    @Message("Competing at the same or higher level as when symptoms began")
    String visap7Competing();

    @Message("Please answer only one of A, B or C. If you have no pain while undertaking sport, answer A only."
            + " If you have pain while undertaking sport but it does not stop you from completing the activity,"
            + " answer B only. If you have pain which stops you from completing sporting activities, answer C only.")
    String visap8();

    @Message("A. If you have no pain while undertaking sport, for how long can you train/practise?")
    String visap8a();

    @Message("B. If you have some pain while undertaking sport, but it does not stop you from completing your"
            + " training/practice, for how long can you train/practise?")
    String visap8b();

    @Message("C. If you have pain which stops you from completing your training/practice, for how long can you"
            + " train/practise?")
    String visap8c();

    @Message("Nil")
    String visap8Nil();

    @Message("0-5 mins")
    String visap8UpTo5();

    @Message("6-10 mins")
    String visap8UpTo10();

    @Message("11-15 mins")
    String visap8UpTo15();

    @Message(">15 mins")
    String visap8Over15();

    @Message("Patient-Specific Functional Scale")
    String psfsTitle();

    @Message("Name up to five important activities that you are unable to do or are having difficulty with because"
            + " of your knee problem, and rate how well you can do each one today.")
    String psfsInstructions();

    @Message("Activity {n}")
    String psfsActivity(int n);

    @Message("Unable to perform activity")
    String psfsLow();

    @Message("Able to perform activity at the same level as before injury or problem")
    String psfsHigh();

    /**
     * The language each measure's questions are worded in, as a language tag. A translation names its own
     * language only for the instruments whose wording it translates; the others stay in the original English.
     */
    @Message("{#if instrument}en{/if}")
    String wordingLanguage(Instrument instrument);

    // --- occasions ---

    @Message("Baseline")
    String occasionBaseline();

    @Message("Review")
    String occasionReview();

    @Message("Discharge")
    String occasionDischarge();

    // --- change statements ---

    @Message("{name} {baseline} → {later} ({change}): clinically important improvement")
    String changeImproved(String name, String baseline, String later, String change);

    @Message("{name} {baseline} → {later} ({change}): clinically important worsening")
    String changeWorsened(String name, String baseline, String later, String change);

    @Message("{name} {baseline} → {later} ({change}): not yet a clinically important change")
    String changeNotYet(String name, String baseline, String later, String change);

    // --- outcome charts (the clinician's chart) ---

    @Message("{name} over time")
    String outcomeChartTitle(String name);

    @Message("{name} score ({min}–{max}, higher is better)")
    String scoreAxisHigherBetter(String name, String min, String max);

    @Message("{name} score ({min}–{max}, lower is better)")
    String scoreAxisLowerBetter(String name, String min, String max);

    @Message("{name} score")
    String scoreSeries(String name);

    @Message("{date}: {score} ({occasion})")
    String scorePoint(String date, String score, String occasion);

    @Message("Baseline: {score}")
    String baselineReference(String score);

    @Message("No clinically important change from the baseline: {low} to {high}")
    String changeBand(String low, String high);

    @Message("{name} {score} on {date}: not yet measured again")
    String onlyBaseline(String name, String score, String date);

    @Message("{name} scores")
    String scoresCaption(String name);

    @Message("Date")
    String scoreDate();

    @Message("Occasion")
    String scoreOccasion();

    @Message("Score")
    String scoreValue();

    @Message("Change from baseline")
    String changeFromBaseline();

    // --- refusals ---

    @Message("Answer this question")
    String answerMissing();

    @Message("Choose one of the answers offered")
    String answerNotAnOption();

    @Message("Choose a number from {min} to {max}")
    String answerOutOfRange(int min, int max);

    @Message("This questionnaire has no such question")
    String answerUnknownItem();

    @Message("Name the activity you are rating")
    String answerActivityUnnamed();

    @Message("Rate the activity you have named")
    String answerActivityUnrated();

    @Message("Answer only one of A, B or C")
    String answerOneBranch();

    @Message("Name and rate at least one activity")
    String answerNoActivity();

    @Message("This question was answered twice")
    String answerRepeated();

    @Message("The answers cannot be saved.")
    String answersRefused();

    @Message("The answers are incomplete or invalid: nothing was saved.")
    String answersIncomplete();

    @Message("This questionnaire has already been submitted. A correction is saved as a new version.")
    String alreadySubmitted();

    @Message("This questionnaire has not been submitted yet, so there is nothing to correct.")
    String nothingToCorrect();

    @Message("{name} is already assigned to this patient and not yet answered.")
    String alreadyAssigned(String name);

    @Message("The measure")
    String theMeasure();

    @Message("Say why the answers are being corrected")
    String correctionReason();

    @Message("Name the number of the response being corrected")
    String correctsRequired();

    @Message("Your account is not allowed to do this.")
    String notAllowed();

    @Message("The due date cannot be before the date it is assigned")
    String dueBeforeToday();

    // --- pages: the questions' fields, the clinician's measure pages and the chart's list ---

    @Message("{low} = {lowLabel}; {high} = {highLabel}")
    String ratingEnds(int low, String lowLabel, int high, String highLabel);

    @Message("The activity")
    String activityName();

    @Message("How well you can do it today, 0 to 10")
    String activityRating();

    @Message("Assign an outcome measure")
    String assignTitle();

    @Message("Measure")
    String measureField();

    @Message("Occasion")
    String occasionField();

    @Message("Due date")
    String dueDateField();

    @Message("The patient sees it as due from this day; today when left empty.")
    String dueDateHint();

    @Message("Assign")
    String assignButton();

    @Message("Back to the chart")
    String backToChart();

    @Message("Patients")
    String patients();

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Assigned by {by} on {at}, due {due}")
    String assignedLine(String by, String at, String due);

    @Message("Not yet answered")
    String statusOpen();

    @Message("In progress, last saved {when}")
    String statusInProgress(String when);

    @Message("Submitted {when}")
    String statusCompleted(String when);

    @Message("Enter the answers on the patient's behalf")
    String enterTitle();

    @Message("Answers the patient has saved so far are filled in. The response is recorded as entered by you.")
    String enterHint();

    @Message("Submit and score")
    String enterButton();

    @Message("Responses")
    String responsesTitle();

    @Message("No response submitted yet.")
    String noResponses();

    @Message("Response {number}: score {score}")
    String responseHeading(Integer number, String score);

    @Message("current")
    String responseCurrent();

    @Message("superseded {when}")
    String responseSuperseded(String when);

    @Message("Entered by the patient ({name}), submitted {when}")
    String byPatient(String name, String when);

    @Message("Entered by {name} on the patient's behalf, submitted {when}")
    String byClinician(String name, String when);

    @Message("Correction: {reason}")
    String correctionLine(String reason);

    @Message("Question")
    String question();

    @Message("Answer")
    String answer();

    @Message("Points")
    String points();

    @Message("The measure is assigned. The patient sees it as due in the portal.")
    String noticeAssigned();

    @Message("The answers are submitted and scored.")
    String noticeEntered();

    @Message("Outcome measures")
    String chartHeading();

    @Message("Assign a measure")
    String chartAssign();

    @Message("No measures assigned yet.")
    String chartNone();

    @Message("Due")
    String chartDue();

    @Message("Status")
    String chartStatus();

    @Message("Score")
    String chartScore();

    @Message("Taken")
    String chartTaken();

    @Message("The patient")
    String thePatient();

    /** The record, as the subject of the "changed by someone else" sentence. */
    @Message("This response")
    String thisRecord();
}
