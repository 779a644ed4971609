package community.porter.command.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoomQueryTest {

    @Test
    void aNameShowsOnlyItsFirstCharacterAndOneStarWhateverItsLength() {
        assertThat(RoomQuery.mask("张三")).isEqualTo("张*");
        assertThat(RoomQuery.mask("欧阳娜娜")).isEqualTo("欧*");
        assertThat(RoomQuery.mask("Anna Smith")).isEqualTo("A*");
        assertThat(RoomQuery.mask("𠀋一")).as("a character outside the BMP stays whole").isEqualTo("𠀋*");
        assertThat(RoomQuery.mask("")).isEqualTo("*");
    }
}
