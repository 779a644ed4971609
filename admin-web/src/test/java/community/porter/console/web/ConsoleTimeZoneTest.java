package community.porter.console.web;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import community.porter.console.ConsoleTestData;
import community.porter.console.MutableClock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Console pages show the community's clock, not the server's (a container runs on UTC). */
@SpringBootTest(properties = "porter.visitors.time-zone=Asia/Urumqi")
@AutoConfigureMockMvc
class ConsoleTimeZoneTest {

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired MutableClock clock;
    @Autowired ConsoleTimeZone zone;

    @BeforeEach
    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void theDashboardSaysWhenItWasUpdatedInTheCommunitysZone() throws Exception {
        var tree = data.twoCommittees();
        String local = DateTimeFormatter.ofPattern("HH:mm:ss").format(clock.instant().atZone(ZoneId.of("Asia/Urumqi")));

        mvc.perform(get("/dashboard/live").with(signedIn(tree.districtAdmin())))
                .andExpect(content().string(containsString(local)));
    }

    @Test
    void theZoneIsTheConfiguredOneWhateverTheMachinesZone() {
        org.assertj.core.api.Assertions.assertThat(zone.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"))
                .isNotEqualTo(ZoneId.systemDefault());
    }
}
