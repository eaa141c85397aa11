package org.mutual.domain.measure;

/**
 * Port: tells the facilitators outside Mutual that a safety alert was raised (for example by
 * e-mail). Called after the alert is stored; the alert is on the facilitators' dashboard either way.
 */
public interface SafetyAlertNotifier {

    void alertRaised(SafetyAlert alert);
}
