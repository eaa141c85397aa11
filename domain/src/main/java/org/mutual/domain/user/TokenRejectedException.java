package org.mutual.domain.user;

/** A one-time link could not be used; nothing was changed. */
public final class TokenRejectedException extends RuntimeException {

    private final TokenProblem problem;

    public TokenRejectedException(TokenProblem problem) {
        super("one-time link refused: " + problem);
        this.problem = problem;
    }

    public TokenProblem problem() {
        return problem;
    }
}
