package org.mutual.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place where an exception from a click becomes a message: known failures get their own
 * text, anything else a generic apology. No stack trace ever reaches the browser.
 */
@Component
public class UserMessages implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UserMessages.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable cause = rootOfInterest(event.getThrowable());
            Object[] args = {};
            String key = switch (cause) {
                case AccessDeniedException e -> "error.denied";
                case ConcurrentEditException e -> "error.concurrent";
                case NotFoundException e -> "error.not-found";
                case ValidationException e -> {
                    // A rule broken by a tap or a single action: say which one.
                    args = e.errors().getFirst().args();
                    yield e.errors().getFirst().messageKey();
                }
                default -> {
                    log.error("Unexpected error in the UI", event.getThrowable());
                    yield "error.unexpected";
                }
            };
            UI ui = UI.getCurrent();
            Object[] messageArgs = args;
            if (ui != null) {
                ui.access(() -> {
                    Notification n = Notification.show(ui.getTranslation(key, messageArgs), 6000,
                            Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    n.setId("error-notification");
                });
            }
        }

        private static Throwable rootOfInterest(Throwable t) {
            Throwable current = t;
            while (current != null) {
                if (current instanceof AccessDeniedException || current instanceof ConcurrentEditException
                        || current instanceof NotFoundException || current instanceof ValidationException) {
                    return current;
                }
                current = current.getCause();
            }
            return t;
        }
    }
}
