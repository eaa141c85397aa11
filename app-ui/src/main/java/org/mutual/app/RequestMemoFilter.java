package org.mutual.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutual.persistence.base.RequestMemo;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens a {@link RequestMemo} for every HTTP request, so the answers repositories remember (which
 * groups the signed-in therapist facilitates, which client a login is) are read once per request and
 * dropped when it ends.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestMemoFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (RequestMemo.Scope scope = RequestMemo.open()) {
            chain.doFilter(request, response);
        }
    }
}
