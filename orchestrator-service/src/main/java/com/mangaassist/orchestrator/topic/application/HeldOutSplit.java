package com.mangaassist.orchestrator.topic.application;

import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled utterances split into a training part and a held-out part for evaluation. The split is
 * deterministic and depends on each utterance's text alone, so adding or reordering lines moves no other
 * line across: about one utterance in {@value #ONE_IN} is held out.
 */
public record HeldOutSplit(List<LabelledUtterance> training, List<LabelledUtterance> heldOut) {

    public static final int ONE_IN = 5;

    public HeldOutSplit {
        training = List.copyOf(training);
        heldOut = List.copyOf(heldOut);
    }

    public static HeldOutSplit of(List<LabelledUtterance> utterances) {
        List<LabelledUtterance> training = new ArrayList<>();
        List<LabelledUtterance> heldOut = new ArrayList<>();
        for (LabelledUtterance utterance : utterances) {
            (isHeldOut(utterance) ? heldOut : training).add(utterance);
        }
        return new HeldOutSplit(training, heldOut);
    }

    static boolean isHeldOut(LabelledUtterance utterance) {
        long h = utterance.text().hashCode();
        h *= 0x9e3779b97f4a7c15L;
        h ^= h >>> 29;
        return Math.floorMod(h, ONE_IN) == 0;
    }
}
