package community.porter.console.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI document of {@code /api/v1} (SPEC §6), generated from the controllers: served at
 * {@value #DOCUMENT} with a browsable UI at {@value #UI}, both readable without a key as they
 * hold no data. Where they live and that only {@code /api/v1/**} is documented (not the console
 * pages) is in {@code porter-api-docs.properties}, which any {@code springdoc.*} setting of the
 * application overrides.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:porter-api-docs.properties")
public class ApiDocsConfiguration {

    /** Where the OpenAPI document is served. */
    public static final String DOCUMENT = "/api/v1/openapi.json";

    /** Where its UI is found: a redirect to the page, which lives under {@link #UI_ASSETS}. */
    public static final String UI = "/api/docs";

    /** The UI's page and assets, beside {@link #UI} as the UI library places them. */
    public static final String UI_ASSETS = "/api/swagger-ui";

    static final String KEY_SCHEME = "apiKey";
    static final String PROBLEM = "ProblemDetail";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI porterOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Porter REST API").version("v1")
                        .description("Send SMS and follow them, read the command log, submit visitor requests,"
                                + " read door and connector health. Every call needs an API key in header"
                                + " X-API-Key (or a console session). Errors are RFC 9457 problem details;"
                                + " a 400 names the field at fault in property 'field'."))
                .components(new Components().addSecuritySchemes(KEY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("A key created in the console (System › API keys), with"
                                + " 'java -jar porter.jar api-key create <name>', or configured in porter.api.keys.")))
                .addSecurityItem(new SecurityRequirement().addList(KEY_SCHEME));
    }

    /**
     * Every operation may answer 401 (no, unknown or revoked key) and 400 (bad input) as a problem
     * detail; the controllers declare only their successes, so this says it once for all.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            ModelConverters.getInstance().readAll(ProblemDetail.class)
                    .forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                responses.putIfAbsent("400", problem("Bad input: the problem names the field in 'field'", problem));
                responses.putIfAbsent("401", problem("No API key, or an unknown or revoked one", problem));
                operation.setResponses(responses);
            }));
        };
    }

    private static ApiResponse problem(String description, Schema<?> schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema)));
    }
}
