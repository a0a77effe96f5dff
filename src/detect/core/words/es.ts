// Runs anywhere. Spanish keywords ("iniciar sesi" covers sesión and sesion, "olvid" every form of olvidar).
import type { LanguageWords } from './types';

export const ES: LanguageWords = {
  classes: {
    login: ['iniciar sesi', 'inicia sesi', 'ingresar', 'acceder', 'entrar'],
    signup: ['regístrate', 'registrarse', 'registro', 'crear cuenta', 'crea tu cuenta'],
    'change-password': ['guardar cambios', 'cambiar contraseña', 'cambiar la contraseña', 'cambiar tu contraseña'],
    'forgot-password': ['olvid', 'recuperar', 'restablecer'],
    'verification-code': ['código de verificación', 'código de seguridad', 'código de confirmación', 'código de un solo uso',
      'introduce el código', 'ingresa el código'],
    'set-new-password': ['nueva contraseña', 'crea una contraseña'],
    none: ['buscar', 'suscri', 'ofertas', 'novedades'],
  },
  roles: {
    username: ['usuario'],
    email: ['correo'],
    phone: ['teléfono', 'móvil', 'celular'],
    'current-password': ['actual', 'anterior'],
    'new-password': ['nuevo', 'nueva'],
    'confirm-password': ['confirmar', 'confirma', 'repetir', 'repita'],
    'one-time-code': ['código'],
  },
  password: ['contraseña', 'clave'],
  notCredential: ['tarjeta'],
  personName: ['apellido'],
  code: ['código'],
  otherCodes: ['postal', 'promocional', 'cupón', 'descuento', 'regalo'],
  search: ['buscar'],
  signals: {
    captcha: ['desliza', 'arrastra'],
    'success-message': ['contraseña cambiada', 'contraseña actualizada'],
    'error-message': ['inválid', 'incorrecta'],
  },
};
