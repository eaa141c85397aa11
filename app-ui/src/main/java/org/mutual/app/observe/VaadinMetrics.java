package org.mutual.app.observe;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Gauges of open Vaadin sessions ({@code mutual.vaadin.sessions}) and UIs, one per open browser tab
 * ({@code mutual.vaadin.uis}); in Prometheus {@code mutual_vaadin_sessions} and {@code mutual_vaadin_uis}.
 */
@Component
public class VaadinMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    public VaadinMetrics(MeterRegistry registry) {
        Gauge.builder("mutual.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions").register(registry);
        Gauge.builder("mutual.vaadin.uis", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs)").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    int openSessions() {
        return sessions.get();
    }

    int openUis() {
        return uis.get();
    }
}
