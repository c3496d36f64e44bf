package newsflow.support.web;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every service's Tomcat reports the requests it refuses itself (malformed or oversized request lines and headers)
 * as JSON with a reason code, through {@link JsonErrorReportValve}: the host installs it in place of its default
 * error report valve when it starts.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ErrorReportValve.class, TomcatContextCustomizer.class})
public class TomcatErrorsAutoConfiguration {

    @Bean
    TomcatContextCustomizer jsonErrorReports() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        };
    }
}
