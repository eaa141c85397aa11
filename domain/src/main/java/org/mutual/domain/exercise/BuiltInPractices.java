package org.mutual.domain.exercise;

import static org.mutual.domain.base.BarrierPattern.CARETAKING;
import static org.mutual.domain.base.BarrierPattern.INTENSITY_SEEKING;
import static org.mutual.domain.base.BarrierPattern.SELF_SUFFICIENCY;
import static org.mutual.domain.exercise.FieldType.CHOICE;
import static org.mutual.domain.exercise.FieldType.COUNTER;
import static org.mutual.domain.exercise.FieldType.SCALE_0_10;
import static org.mutual.domain.exercise.FieldType.SCALE_1_5;
import static org.mutual.domain.exercise.FieldType.SHORT_TEXT;
import static org.mutual.domain.exercise.FieldType.YES_NO;

import java.util.List;
import java.util.Set;
import org.mutual.domain.base.BarrierPattern;

/**
 * The eight built-in exercises, one per {@link Practice}, with the fields DOMAIN.md says a therapist
 * records for each. They are stored in English; {@link BuiltInTexts} gives them in other languages.
 * Steps and prompts hold one item per line.
 */
public final class BuiltInPractices {

    private BuiltInPractices() {
    }

    /** All eight, in practice order, ready for {@link ExerciseRepository#seedBuiltIns}. */
    public static List<Exercise> all() {
        return List.of(giveAndTake(), matchingDisclosure(), noticingTrust(), smallExperiments(), assertiveness(),
                clarifyingIntentions(), celebratingAchievements(), walkingThroughTrials());
    }

    static Exercise giveAndTake() {
        return exercise(Practice.GIVE_AND_TAKE, "Give-and-take conversation",
                "Practise a conversation in which both people get space: each remark is answered, and neither"
                        + " person carries the talk alone.",
                lines("Pair members up; say who is A and who is B.",
                        "Give a light topic, such as a place each of them likes.",
                        "Each remark gets a reply or a question back before a new remark starts.",
                        "The facilitator counts each person's turns and any interruptions.",
                        "After eight minutes, pairs say how balanced it felt, then hear the counts."),
                lines("What did you notice when you had to wait for your turn?",
                        "Was it easier to ask questions or to answer them?",
                        "When did you feel most listened to?"),
                15,
                "Have one everyday conversation this week where you notice who talks more. Gently even it out"
                        + " and write down what happened.",
                Set.of(CARETAKING, SELF_SUFFICIENCY),
                List.of(RecordingField.of("turns_a", "Turns taken by A", COUNTER, List.of(), RecordingScope.PAIR),
                        RecordingField.of("turns_b", "Turns taken by B", COUNTER, List.of(), RecordingScope.PAIR),
                        RecordingField.of("interruptions", "Interruptions", COUNTER, List.of(), RecordingScope.PAIR)));
    }

    static Exercise matchingDisclosure() {
        return exercise(Practice.MATCHING_DISCLOSURE, "Matching self-disclosure",
                "Learn to share at a depth that fits the moment and the other person, going deeper a step at a"
                        + " time rather than all at once or never.",
                lines("Show the depth ladder: 1 preferences, 3 hopes and worries, 5 deepest fears.",
                        "One member shares something at a level they choose.",
                        "The next member answers at about the same level.",
                        "The facilitator notes each turn's level; a jump of two or more is flagged.",
                        "Talk through any jumps: what made someone go much deeper or pull back?"),
                lines("How did it feel when someone matched your level?",
                        "What made you go deeper, or hold back?",
                        "What level feels safe for you in this group today?"),
                20,
                "Share one thing at level 2 or 3 with someone you trust and notice whether they answer at a"
                        + " similar level.",
                Set.of(INTENSITY_SEEKING, SELF_SUFFICIENCY),
                List.of(RecordingField.of("depth", "Depth (1-5)", SCALE_1_5, List.of(), RecordingScope.TURN)));
    }

    static Exercise noticingTrust() {
        return exercise(Practice.NOTICING_TRUST, "Noticing trustworthiness",
                "Build the habit of basing trust on what people actually do: keeping confidences, being"
                        + " consistent, not talking about others behind their backs.",
                lines("Explain that trust grows from evidence over time, not from intensity.",
                        "Each member thinks of one person in their life.",
                        "Members go through the checklist of evidence for that person.",
                        "Share in rounds what they noticed and what they had not looked for before."),
                lines("What have you seen this person do with something told in confidence?",
                        "Are they the same with you when others are around?",
                        "What would you need to see before trusting them more?"),
                15,
                "Over the week, write down one thing that raised and one that lowered your trust in someone.",
                Set.of(INTENSITY_SEEKING, CARETAKING),
                List.of(RecordingField.member("kept_confidence", "Noticed a kept confidence", YES_NO),
                        RecordingField.member("consistent", "Noticed consistency", YES_NO),
                        RecordingField.member("talks_behind_backs", "Noticed talk behind others' backs", YES_NO)));
    }

    static Exercise smallExperiments() {
        return exercise(Practice.SMALL_EXPERIMENTS, "Small experiments",
                "Try asking for a little help and see what really happens, so that receiving becomes a skill"
                        + " that can be practised instead of a risk to avoid.",
                lines("Each member picks a small, concrete task they could ask help with.",
                        "They ask someone in the group, who answers honestly.",
                        "The facilitator notes the ask, the response and how it felt from 0 to 10.",
                        "Close with what surprised people about asking."),
                lines("What did you expect the answer to be?",
                        "How did it feel to be helped?",
                        "What would make the next ask a little easier?"),
                20,
                "Ask one person outside the group for help with a small task. Note their response and how you"
                        + " felt, from 0 to 10.",
                Set.of(SELF_SUFFICIENCY, CARETAKING),
                List.of(RecordingField.member("ask", "The ask", SHORT_TEXT),
                        RecordingField.member("response", "Response", CHOICE, "eager", "willing", "declined",
                                "no answer"),
                        RecordingField.member("felt", "How it felt (0-10)", SCALE_0_10)));
    }

    static Exercise assertiveness() {
        return exercise(Practice.ASSERTIVENESS, "Practising assertiveness",
                "Rehearse asking clearly for what you want and staying steady when the answer is no.",
                lines("Members choose a real request they have been putting off.",
                        "In pairs, one asks and the partner may say yes, partly or no.",
                        "The facilitator notes the request, the answer and how the asker reacted to a no.",
                        "Swap roles, then rate comfort from 0 to 10.",
                        "Discuss what a respectful no felt like from both sides."),
                lines("What did you actually ask for, in one sentence?",
                        "What happened in your body when you heard no?",
                        "How could you ask again without pushing?"),
                25,
                "Make one clear request this week. If the answer is no, notice your reaction before you respond.",
                Set.of(CARETAKING, SELF_SUFFICIENCY),
                List.of(RecordingField.member("request_made", "Request made", YES_NO),
                        RecordingField.member("response", "Response", CHOICE, "yes", "partly", "no"),
                        RecordingField.member("reaction_to_no", "Reaction to a no", CHOICE, "accepted", "re-asked",
                                "ultimatum", "withdrew"),
                        RecordingField.member("comfort", "Comfort (0-10)", SCALE_0_10)));
    }

    static Exercise clarifyingIntentions() {
        return exercise(Practice.CLARIFYING_INTENTIONS, "Clarifying intentions",
                "Bring unspoken expectations into the open, such as replying quickly or paying back a favour,"
                        + " so they can be agreed on instead of silently kept score of.",
                lines("Members write down expectations they hold of someone but have never said.",
                        "Each member reads out the ones they are willing to share.",
                        "The group helps turn one of them into words that could be said to that person.",
                        "The facilitator counts expectations written and voiced."),
                lines("Which expectation surprised you once it was written down?",
                        "What would happen if you said it out loud?",
                        "Is it fair to expect this without having said it?"),
                20,
                "Voice one unspoken expectation to the person it concerns and note how the conversation went.",
                Set.of(CARETAKING, INTENSITY_SEEKING),
                List.of(RecordingField.member("expectations_written", "Expectations written", COUNTER),
                        RecordingField.member("expectations_voiced", "Expectations voiced", COUNTER)));
    }

    static Exercise celebratingAchievements() {
        return exercise(Practice.CELEBRATING_ACHIEVEMENTS, "Celebrating achievements",
                "Practise sharing good news and letting others be glad with you, rather than playing it down"
                        + " or turning the attention away.",
                lines("Each member shares one recent win, however small.",
                        "The group asks questions and says what they appreciate about it.",
                        "The member only listens and takes it in, without deflecting.",
                        "The facilitator notes who shared and how many responses they received."),
                lines("What did you want to say instead of thank you?",
                        "Which response stayed with you?",
                        "Who in your life celebrates with you?"),
                15,
                "Tell one person about something that went well this week and let them respond without"
                        + " playing it down.",
                Set.of(SELF_SUFFICIENCY, CARETAKING),
                List.of(RecordingField.member("shared", "Shared a win", YES_NO),
                        RecordingField.member("responses_received", "Responses received", COUNTER)));
    }

    static Exercise walkingThroughTrials() {
        return exercise(Practice.WALKING_THROUGH_TRIALS, "Walking together through trials",
                "Practise both sides of support in hard times: saying what you need, and offering help without"
                        + " taking over.",
                lines("A member who wants to shares a current difficulty.",
                        "They try to name one kind of support that would help.",
                        "Others offer support in their own words and check that it fits.",
                        "The facilitator notes who asked for support and who offered it.",
                        "Close by thanking each other for what was shared."),
                lines("What kind of support do you usually get, and what do you need?",
                        "How did it feel to offer help without fixing?",
                        "What stopped you from asking sooner?"),
                25,
                "When something is hard this week, ask one person for a specific kind of support.",
                Set.of(SELF_SUFFICIENCY, CARETAKING, INTENSITY_SEEKING),
                List.of(RecordingField.member("asked_support", "Asked for support", YES_NO),
                        RecordingField.member("offered_support", "Offered support", YES_NO)));
    }

    private static Exercise exercise(Practice practice, String title, String goal, String steps, String prompts,
                                     int minutes, String homework, Set<BarrierPattern> helps,
                                     List<RecordingField> fields) {
        return Exercise.builtIn(ExerciseDraft.of(practice, title, goal, steps, prompts, minutes, homework, helps,
                fields));
    }

    private static String lines(String... items) {
        return String.join("\n", items);
    }
}
