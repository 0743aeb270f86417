package org.firmas.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;

/**
 * Answers a view that cannot be restored with the "page expired" page (status 400) inside Faces,
 * before it becomes an exception: thrown out of a page that a filter forwarded to (every campaign
 * page is), the servlet container logs it with its whole stack, so anyone could fill the log by
 * posting garbled view states. {@link ExpiredViewFilter} still answers one that gets out.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }

    private static final class ExpiredViewHandler extends ExceptionHandlerWrapper {

        ExpiredViewHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                ExceptionQueuedEvent event = events.next();
                if (ExpiredViewFilter.causedBy(event.getContext().getException(), ViewExpiredException.class)) {
                    events.remove();
                    showExpiredPage(event.getContext().getContext());
                }
            }
            getWrapped().handle();
        }

        private static void showExpiredPage(FacesContext context) {
            context.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
            context.setViewRoot(context.getApplication().getViewHandler().createView(context, ExpiredViewFilter.EXPIRED_PAGE));
            context.renderResponse();
        }
    }
}
