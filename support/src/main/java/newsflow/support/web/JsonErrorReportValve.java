package newsflow.support.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import newsflow.contract.EventJson;
import newsflow.contract.ReasonCode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for what it refuses before any newsflow code runs — a request line or headers that are
 * malformed or over the size limit: a JSON body with the reason code {@link ReasonCode#MALFORMED_REQUEST} and what
 * Tomcat found, instead of its HTML page. Errors newsflow's code answered itself keep their own body; other errors
 * without one get Tomcat's report, without server details.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    public JsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() != 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("reason", ReasonCode.MALFORMED_REQUEST.name());
        body.put(
                "message",
                "the HTTP request could not be read"
                        + (throwable == null || throwable.getMessage() == null ? "" : ": " + throwable.getMessage()));
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(EventJson.mapper().writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ex) {
            // The connection is gone or the answer already started: there is nobody left to tell.
        }
    }
}
