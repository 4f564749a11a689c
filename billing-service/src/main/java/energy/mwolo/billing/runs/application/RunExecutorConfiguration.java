package energy.mwolo.billing.runs.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class RunExecutorConfiguration {

    static final String EXECUTOR = "billingRunExecutor";

    /**
     * Two workers: runs of two months may go on side by side (they share the invoice counter one batch at a time);
     * more would only compete for the same two cores and database. Runs waiting for a worker queue.
     */
    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor billingRunExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("billing-run-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
