package com.mangaassist.orchestrator.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PythonListTest {

    @Test
    void itemsInDoubleQuotesLoseTheirInnerSingleQuotes() {
        assertThat(PythonList.parse("[\"'Action'\", \"'Boys Love'\"]")).containsExactly("Action", "Boys Love");
    }

    @Test
    void commaInsideAnItemStaysInTheItem() {
        assertThat(PythonList.parse("[\"'Miura,Kentarou'\"]")).containsExactly("Miura,Kentarou");
    }

    @Test
    void singleQuotedItemsWithEscapesAreRead() {
        assertThat(PythonList.parse("['O\\'Neil', 'plain']")).containsExactly("O'Neil", "plain");
    }

    @Test
    void emptyListIsEmpty() {
        assertThat(PythonList.parse(" [ ] ")).isEmpty();
    }

    @Test
    void textThatIsNotAListFails() {
        assertThatThrownBy(() -> PythonList.parse("Action, Drama")).isInstanceOf(CatalogFormatException.class);
        assertThatThrownBy(() -> PythonList.parse("[\"'Action'\"")).isInstanceOf(CatalogFormatException.class);
        assertThatThrownBy(() -> PythonList.parse("[\"'Action'\"] extra")).isInstanceOf(CatalogFormatException.class);
    }
}
