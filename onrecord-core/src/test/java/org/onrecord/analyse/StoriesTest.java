package org.onrecord.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.SourceMap;
import org.onrecord.model.Story;

/** Story grouping on FICTIONAL one-paragraph articles. */
class StoriesTest {
    private static Document doc(String id, String date, String title, String body) {
        return new Document(id, id, null, "Outlet " + id, LocalDate.parse(date), title, null, null, null, body, Format.TEXT, SourceMap.NONE, null);
    }

    private static final String BRIDGE = "The Harbour Bridge in Portvale collapsed during the night; rescuers searched the river and the mayor "
            + "ordered an inquiry into the bridge inspections.";

    @Test
    void sameHappeningFromThreeOutletsIsOneStory() {
        List<Story> s = Stories.group(List.of(
                doc("a", "2024-04-02", "Portvale bridge collapses", BRIDGE),
                doc("b", "2024-04-02", "Harbour Bridge collapse: mayor orders inquiry", "Mayor orders inquiry after the Portvale Harbour Bridge collapsed into the river overnight."),
                doc("c", "2024-04-03", "Rescuers search river after Portvale bridge collapse", "Rescuers searched the river a day after the Harbour Bridge collapse in Portvale."),
                doc("d", "2024-04-02", "Council approves school budget", "The council approved the school budget for next year after a long debate on teacher pay.")));
        assertEquals(2, s.size());
        assertEquals(List.of("a", "b", "c"), s.stream().filter(x -> x.docs().size() == 3).findFirst().orElseThrow().docs());
    }

    @Test
    void sameTopicOnDifferentDaysIsADifferentStory() {
        List<Story> s = Stories.group(List.of(
                doc("a", "2024-04-02", "Portvale bridge collapses", BRIDGE),
                doc("b", "2024-05-20", "Portvale bridge collapses again", BRIDGE)));
        assertEquals(2, s.size());
    }
}
