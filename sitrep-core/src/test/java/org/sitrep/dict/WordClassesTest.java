package org.sitrep.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClassesTest {

    private static DictionaryFiles.Source text(String name, String body) {
        return new DictionaryFiles.Source(name, () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledClassesSayWhatTheCoderReads() {
        WordClasses w = WordClasses.bundled();
        assertThat(w.names()).contains("ATTRIBUTION", "OWN_CLAIM", "AGENT_NOUNS", "RECIPROCAL", "WEAPONS", "PLATFORMS");
        assertThat(w.has("ATTRIBUTION", "Say")).isTrue();
        assertThat(w.has("ATTRIBUTION", "accuse")).isFalse(); // an accusation is an event of its own
        assertThat(w.has("WEAPONS", "missile")).isTrue();
    }

    @Test
    void aLaterFileAddsToAndTakesFromAClass() {
        WordClasses w = WordClasses.load(List.of(
                text("ours.classes.txt", "# ours\n&SPEECH\n+SAY\n+tell\n+point_out\n"),
                text("theirs.classes.txt", "&SPEECH\n-tell\n+recount\n&NEW\n+word\n")));
        assertThat(w.get("SPEECH")).containsExactlyInAnyOrder("say", "point out", "recount");
        assertThat(w.get("NEW")).containsExactly("word");
    }

    @Test
    void badLinesAndUnknownClassesAreClearErrors() {
        assertThatThrownBy(() -> WordClasses.load(List.of(text("x.classes.txt", "+say\n"))))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("x.classes.txt:1").hasMessageContaining("before any");
        assertThatThrownBy(() -> WordClasses.load(List.of(text("x.classes.txt", "&speech\n"))))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("no class name");
        assertThatThrownBy(() -> WordClasses.load(List.of(text("x.classes.txt", "&A\nsay\n"))))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("x.classes.txt:2");
        assertThatThrownBy(() -> WordClasses.bundled().get("NO_SUCH_CLASS"))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("&NO_SUCH_CLASS");
    }

    @Test
    void aDirectorysClassesAddToTheBundledOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("my.classes.txt"), "&ATTRIBUTION\n+whisper\n-tweet\n");
        WordClasses w = WordClasses.load(DictionaryFiles.bundled().plus(DictionaryFiles.directory(dir)));
        assertThat(w.has("ATTRIBUTION", "whisper")).isTrue();
        assertThat(w.has("ATTRIBUTION", "tweet")).isFalse();
        assertThat(w.has("ATTRIBUTION", "say")).isTrue();
    }
}
