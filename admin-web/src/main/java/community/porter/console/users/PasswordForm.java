package community.porter.console.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A password change: on the own account page with the current password, or an administrator's
 * reset of another user (no current password, which {@code currentPassword} then stays empty).
 */
public class PasswordForm {

    private String currentPassword;

    @NotBlank
    @Size(max = 200)
    private String newPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
