package community.porter.console.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import community.porter.access.message.AppMessageRejectedException;
import community.porter.access.message.ClientRefConflictException;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as an RFC 9457 problem ({@code application/problem+json}): Spring
 * MVC's own (wrong method, unsupported media type …) through {@link ResponseEntityExceptionHandler},
 * and bad request bodies with the name of the field at fault in {@value #FIELD}, so a caller can
 * tell which input to fix. Never an HTML error page or a 500 for input the caller got wrong.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    /** The problem property naming the field a 400 is about. */
    static final String FIELD = "field";

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Unreadable request body");
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            problem.setDetail("Field '" + field + "' has the wrong type; expected "
                    + (mismatch.getTargetType() == null ? "another type" : typeName(mismatch.getTargetType())) + ".");
            problem.setProperty(FIELD, field);
        } else {
            problem.setDetail("The body is not valid JSON of the expected shape.");
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Invalid request");
        var first = e.getBindingResult().getFieldError();
        if (first != null) {
            problem.setProperty(FIELD, first.getField());
        }
        problem.setDetail(e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage()).collect(Collectors.joining("; ")));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A path or query parameter of the wrong type, e.g. {@code /api/v1/messages/abc}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        String expected = e.getRequiredType() == null ? "another type" : typeName(e.getRequiredType());
        ProblemDetail problem = badRequest("Invalid parameter",
                "Parameter '" + e.getName() + "' must be " + expected + ".", e.getName(), request);
        return problem(problem);
    }

    /** Input the domain refuses (a number that is no phone number, a past validity …): 400 naming the field. */
    @ExceptionHandler(AppMessageRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(AppMessageRejectedException e, WebRequest request) {
        return problem(badRequest("Invalid request", e.getMessage(), e.getField(), request));
    }

    /** A client reference reused for a different message: 409, naming the message that has it. */
    @ExceptionHandler(ClientRefConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ClientRefConflictException e, WebRequest request) {
        ProblemDetail problem = badRequest("clientRef already used", e.getMessage(), "clientRef", request);
        problem.setStatus(HttpStatus.CONFLICT);
        problem.setProperty("existingId", e.getExistingId());
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A 400 problem about {@code field}. */
    static ProblemDetail badRequest(String title, String detail, String field, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty(FIELD, field);
        }
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return problem;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2026-11-23T08:00:00Z";
        }
        return "a " + type.getSimpleName();
    }
}
