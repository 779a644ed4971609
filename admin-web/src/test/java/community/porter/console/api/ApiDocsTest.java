package community.porter.console.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document of /api/v1 and its UI, readable without a key. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocsTest {

    @Autowired MockMvc mvc;

    @Test
    void theDocumentDescribesTheApiItsKeySchemeAndProblemAnswersButNoConsolePage() throws Exception {
        mvc.perform(get(ApiDocsConfiguration.DOCUMENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.info.title").value("Porter REST API"))
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.type").value("apiKey"))
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.in").value("header"))
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-API-Key"))
                .andExpect(jsonPath("$.security[0].apiKey").exists())
                .andExpect(jsonPath("$.paths['/api/v1/messages/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inbound/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/messages'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/v1/messages'].post.responses['202']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/messages'].post.responses['409'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/messages'].post.responses['400'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/visitor-requests'].post").exists())
                .andExpect(jsonPath("$.components.schemas.SendRequest.properties.clientRef").exists())
                .andExpect(jsonPath("$.paths['/api/v1/health/doors'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/messages/{id}'].get.responses['401'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ProblemDetail").exists())
                .andExpect(jsonPath("$.components.schemas.MessageView.properties.deliveredAt").exists())
                .andExpect(jsonPath("$.paths['/simulator']").doesNotExist())
                .andExpect(jsonPath("$.paths['/system/api-keys']").doesNotExist());
    }

    @Test
    void theUiIsServedWithoutAKey() throws Exception {
        mvc.perform(get(ApiDocsConfiguration.UI))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(ApiDocsConfiguration.UI_ASSETS + "/index.html"));
        mvc.perform(get(ApiDocsConfiguration.UI_ASSETS + "/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
        mvc.perform(get(ApiDocsConfiguration.UI_ASSETS + "/swagger-initializer.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ApiDocsConfiguration.DOCUMENT)));
    }
}
