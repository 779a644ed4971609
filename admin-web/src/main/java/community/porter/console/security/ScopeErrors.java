package community.porter.console.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A console page asked for something outside the user's scope: the same 404 page as for an id
 * that does not exist.
 */
@ControllerAdvice(annotations = Controller.class)
class ScopeErrors {

    @ExceptionHandler(OutOfScopeException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String outOfScope(org.springframework.ui.Model model) {
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        model.addAttribute("error", HttpStatus.NOT_FOUND.getReasonPhrase());
        return "error";
    }
}
