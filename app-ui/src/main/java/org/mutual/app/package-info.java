/**
 * The Spring Boot application: wiring of the domain services, security, demo data and start-up.
 */
package org.mutual.app;
