// The one route registry: every address the SPA answers, who may open it, and what renders it.
import type { Role } from '@beian/contracts';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { AuditLogPage } from '../features/admin-audit-log/audit-log-page.tsx';
import { AdminOverviewPage } from '../features/admin-console/admin-overview-page.tsx';
import { ConsoleHomePage } from '../features/applicant-console/console-home-page.tsx';
import { FilingPreparationPage } from '../features/applicant-console/filing-preparation-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { RegisterPage } from '../features/auth/register-page.tsx';
import { OrderSearchPage } from '../features/photo-point/order-search-page.tsx';
import { DashboardFigures } from '../features/review-workbench/components/dashboard-figures.tsx';
import { WorkbenchPage } from '../features/review-workbench/workbench-page.tsx';
import { AppRoot } from './app-root.tsx';
import { HomeRedirect } from './guards/home-redirect.tsx';
import { RequireRole } from './guards/require-role.tsx';
import { PublicLayout } from './layouts/public-layout.tsx';
import { AdminLayout, ApplicantLayout, OperatorLayout, ReviewerLayout } from './layouts/role-layouts.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RouteErrorPage } from './pages/route-error-page.tsx';

/** A role's area: guarded layout, and an error boundary inside it so a failing page keeps the navigation. */
function area(path: string, role: Role, layout: ReactElement, children: RouteObject[]): RouteObject {
  return {
    path,
    element: <RequireRole role={role}>{layout}</RequireRole>,
    children: [{ errorElement: <RouteErrorPage />, children }],
  };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppRoot />,
    errorElement: <RouteErrorPage standalone />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <PublicLayout />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'register', element: <RegisterPage /> },
        ],
      },
      area('console', 'APPLICANT', <ApplicantLayout />, [
        { index: true, element: <ConsoleHomePage /> },
        { path: 'filings/new', element: <FilingPreparationPage /> },
      ]),
      area('review', 'REVIEWER', <ReviewerLayout />, [{ index: true, element: <WorkbenchPage /> }]),
      area('admin', 'ADMIN', <AdminLayout />, [
        // Admins may read the review figures too; the overview shows them.
        { index: true, element: <AdminOverviewPage reviewFigures={<DashboardFigures />} /> },
        { path: 'audit-log', element: <AuditLogPage /> },
      ]),
      area('photo-point', 'OPERATOR', <OperatorLayout />, [{ index: true, element: <OrderSearchPage /> }]),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
