package org.mutual.app.mail;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail through the configured mail server; {@link #configured()} is false when there
 * is none (Spring Boot makes a {@link JavaMailSender} only when {@code spring.mail.host} is set). The
 * texts come from the same bundle as the screens.
 */
@Component
public class OutgoingMail {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private final JavaMailSender sender;
    private final String from;
    private final String publicUrl;

    public OutgoingMail(ObjectProvider<JavaMailSender> sender, @Value("${mutual.mail.from:mutual@localhost}") String from,
                        @Value("${mutual.public-url:}") String publicUrl) {
        this.sender = sender.getIfAvailable();
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public boolean configured() {
        return sender != null;
    }

    /** Mutual's public address followed by {@code path}, or the path alone when no address is configured. */
    public String link(String path) {
        return publicUrl + path;
    }

    /** Sends one English mail per recipient (so no one sees the others' addresses). */
    public void send(List<String> to, String subjectKey, String bodyKey, Object... parameters) {
        send(to, Locale.ENGLISH, subjectKey, bodyKey, parameters);
    }

    /**
     * Sends one mail per recipient in {@code language} (English when Mutual has no such translation);
     * fails when the server refuses.
     */
    public void send(List<String> to, Locale language, String subjectKey, String bodyKey, Object... parameters) {
        if (sender == null || to.isEmpty()) {
            return;
        }
        ResourceBundle texts = texts(language);
        String subject = texts.getString(subjectKey);
        String body = new MessageFormat(texts.getString(bodyKey), language).format(parameters);
        SimpleMailMessage[] messages = to.stream().map(address -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(subject);
            message.setText(body);
            return message;
        }).toArray(SimpleMailMessage[]::new);
        sender.send(messages);
    }

    /** The bundle for the language alone; never the server's own locale. */
    static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.of(language.getLanguage()), OutgoingMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
