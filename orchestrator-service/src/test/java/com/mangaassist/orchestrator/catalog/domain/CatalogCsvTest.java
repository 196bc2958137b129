package com.mangaassist.orchestrator.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

    private static final String HEADER =
            "Title,Score,Vote,Ranked,Popularity,Members,Favorite,Types,Volumes,Chapters,Status,Genres,Demographic,"
                    + "Serialization,Author,Released date,Completed date,Total Review,Recommended,Mixed Feelings,"
                    + "Not Recommended\n";

    private final Map<String, CatalogRow> rows =
            awkwardRows().stream().collect(Collectors.toMap(CatalogRow::title, Function.identity()));

    static List<CatalogRow> awkwardRows() {
        try {
            return CatalogCsv.read(Path.of(CatalogCsvTest.class
                    .getResource("/catalog/awkward-rows.csv")
                    .toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyAwkwardRealRowIsRead() {
        assertThat(rows).hasSize(15);
    }

    @Test
    void pythonListsOfGenresAndAuthorsLoseTheirNestedQuotes() {
        CatalogRow berserk = rows.get("Berserk");

        assertThat(berserk.genres())
                .startsWith("Action", "Adventure", "Award Winning")
                .contains("Gore");
        assertThat(berserk.authors()).containsExactly("Miura,Kentarou", "Studio Gaga");
    }

    @Test
    void quotedTitleWithCommasKeepsThemAll() {
        assertThat(rows)
                .containsKey(
                        "Jumyou wo Kaitotte Moratta. Ichinen ni Tsuki, Ichimanen de. (I sold my life for ten thousand yen per year.)");
    }

    @Test
    void doubledQuotesInsideAQuotedTitleBecomeQuotes() {
        assertThat(rows).containsKey("Tokyo Ghoul: \"Jack\" (Tokyo Ghoul [Jack])");
        assertThat(rows)
                .containsKey("Maoyuu Maou Yuusha: 'Kono Ware no Mono to Nare, Yuusha yo' 'Kotowaru!' "
                        + "(MAOYU: Archenemy and Hero \"Become mine, Hero\" \"I refuse!\")");
    }

    @Test
    void authorWithAnApostropheAtTheEndSurvives() {
        assertThat(rows.get("Photokano: Sweet Snap").authors()).containsExactly("Yuzuki N'");
    }

    @Test
    void emptyDemographicAndSerializationAreNull() {
        CatalogRow novel = rows.get("Tian Guan Cifu (Heaven Official's Blessing: Tian Guan Ci Fu)");

        assertThat(novel.demographic()).isNull();
        assertThat(novel.serialization()).isNull();
        assertThat(novel.type()).isEqualTo(CatalogType.NOVEL);
    }

    @Test
    void numbersDatesTypeAndStatusAreTyped() {
        CatalogRow onePiece = rows.get("One Piece");

        assertThat(onePiece.score()).isEqualTo(9.22);
        assertThat(onePiece.ranked()).isEqualTo(4);
        assertThat(onePiece.popularity()).isEqualTo(4);
        assertThat(onePiece.type()).isEqualTo(CatalogType.MANGA);
        assertThat(onePiece.status()).isEqualTo(CatalogStatus.PUBLISHING);
        assertThat(onePiece.released()).isEqualTo(LocalDate.of(1997, 7, 22));
        assertThat(onePiece.completed()).as("'Updating'").isNull();
        assertThat(onePiece.demographic()).isEqualTo("Shounen");
    }

    @Test
    void quotedFieldMayHoldALineBreakAndCrlfEndsALine() {
        String csv = HEADER.replace("\n", "\r\n")
                + "\"Two\nLines\",7.0,1,2,3,4,5,Manga,1,2,Finished,\"[]\",,,\"[\"\"'A'\"\"]\",2001-01-01,2002-01-01,0,0,0,0\r\n";

        List<CatalogRow> read = CatalogCsv.read(new StringReader(csv));

        assertThat(read).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Two\nLines");
            assertThat(row.genres()).isEmpty();
            assertThat(row.authors()).containsExactly("A");
        });
    }

    @Test
    void unknownTypeFailsWithItsLine() {
        String csv = HEADER
                + "Fine,7.0,1,2,3,4,5,Manga,1,2,Finished,\"[]\",,,\"[]\",2001-01-01,2002-01-01,0,0,0,0\n"
                + "Odd,7.0,1,2,3,4,5,Comic,1,2,Finished,\"[]\",,,\"[]\",2001-01-01,2002-01-01,0,0,0,0\n";

        assertThatThrownBy(() -> CatalogCsv.read(new StringReader(csv)))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("Comic");
    }

    @Test
    void unclosedQuoteFails() {
        String csv = HEADER + "\"Never closed,7.0\n";

        assertThatThrownBy(() -> CatalogCsv.read(new StringReader(csv)))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("never closed");
    }

    @Test
    void missingColumnFailsBeforeAnyRow() {
        assertThatThrownBy(() -> CatalogCsv.read(new StringReader("Title,Score\nX,1\n")))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("Types");
    }
}
