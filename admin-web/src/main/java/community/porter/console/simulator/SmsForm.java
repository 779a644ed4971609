package community.porter.console.simulator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person types on the simulator page. A mutable bean because Thymeleaf's {@code th:field}
 * binds through getters and setters.
 */
public class SmsForm {

    /** Longest text accepted: a long SMS of ten UCS-2 parts is 670 characters. */
    static final int MAX_TEXT = 700;

    @NotBlank
    @Pattern(regexp = SimulatorController.PHONE_PATTERN)
    private String phone;

    @NotBlank
    @Size(max = MAX_TEXT)
    private String text;

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? null : phone.strip();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
