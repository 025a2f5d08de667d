package org.muster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tests only: counts the SQL statements one request runs, so a test can hold a page to its budget and an
 * N+1 cannot come back unnoticed. The application's DataSource is wrapped; a statement counts when it is
 * executed on the thread serving a request that carries {@link #HEADER}, from the first filter to the last
 * (the session's read and write included). Background work (the change feed, the mail and webhook pollers)
 * never counts; neither would a statement another thread ran on the request's behalf (none should).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    public static final String HEADER = "X-Count-Statements";

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();
    private static final Map<String, List<String>> COUNTED = new ConcurrentHashMap<>();

    /** The statements of one request sent through this client, in the order they ran. */
    public static List<String> statementsOf(Http http, String path) {
        var key = UUID.randomUUID().toString();
        var response = http.withHeaders(Map.of(HEADER, key)).get(path);
        if (response.status() != 200) throw new AssertionError(path + " answered " + response.status() + ": " + response.body());
        // The client may read the whole body before the filter chain has returned on the server.
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!COUNTED.containsKey(key)) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("The request to " + path + " never finished counting");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return COUNTED.remove(key);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                        ? new CountingDataSource(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCountingFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var key = request.getHeader(HEADER);
                if (key == null) {
                    chain.doFilter(request, response);
                    return;
                }
                var statements = new ArrayList<String>();
                COUNTING.set(statements);
                try {
                    chain.doFilter(request, response);
                } finally {
                    COUNTING.remove();
                    COUNTED.put(key, List.copyOf(statements));
                }
            }
        });
        // Before Spring Session's filter, so that reading and saving the session count too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The application's DataSource, closed with it (the embedded database's pool is closed at shutdown). */
    static final class CountingDataSource extends DelegatingDataSource implements AutoCloseable {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(Connection.class, super.getConnection(), null);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(Connection.class, super.getConnection(username, password), null);
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) closeable.close();
        }
    }

    private static <T> T counting(Class<T> type, T target, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("equals")) return proxy == args[0];
            if (method.getName().equals("hashCode")) return System.identityHashCode(proxy);
            if (type == Connection.class) return connectionCall(target, method, args);
            var name = method.getName();
            if (name.startsWith("execute")) {
                var statements = COUNTING.get();
                if (statements != null)
                    statements.add(preparedSql != null ? preparedSql : args != null && args.length > 0 ? String.valueOf(args[0]) : name);
            }
            return invoke(target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object connectionCall(Object connection, Method method, Object[] args) throws Throwable {
        var result = invoke(connection, method, args);
        return switch (method.getName()) {
            case "prepareStatement" -> counting(PreparedStatement.class, (PreparedStatement) result, (String) args[0]);
            case "prepareCall" -> counting(CallableStatement.class, (CallableStatement) result, (String) args[0]);
            case "createStatement" -> counting(Statement.class, (Statement) result, null);
            default -> result;
        };
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
